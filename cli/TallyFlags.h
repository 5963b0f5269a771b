#pragma once

#include "cli/ArgumentParser.h"
#include "core/voting/TallyOptions.h"

namespace proxima::cli {

/// Declares the counting options shared by `tally` on a file and on a workspace session.
void declareTallyFlags(ArgumentParser& parser);
/// Applies the counting options that were given on top of options (--method aside); returns a usage message,
/// empty when every given value is valid.
QString applyTallyFlags(const ArgumentParser& parser, voting::TallyOptions& options);

} // namespace proxima::cli
