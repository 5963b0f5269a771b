#pragma once

#include <QString>

class QWidget;

namespace proxima {

/// What the user chose when a save found that another member changed the same record.
enum class ConflictChoice { KeepMine, TakeTheirs, Cancel };

/// Asks how to resolve a conflicting edit; both versions are described so nothing is lost silently.
class ConflictDialog
{
public:
    static ConflictChoice ask(QWidget* parent, const QString& what, const QString& theirs, const QString& mine);
};

} // namespace proxima
