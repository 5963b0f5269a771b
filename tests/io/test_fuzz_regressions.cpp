// Replays the inputs kept from fuzzing (tests/data/fuzz/<harness>/, see tests/fuzz/run.sh) through the readers, the
// same way the libFuzzer harnesses do: each must give a value or an error and keep the harness's invariants. Run
// under the sanitizers (build-fuzz or a sanitize build) this also shows that none of them reads out of bounds.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "tests/fuzz/ReaderInputs.h"

#include <QDir>

namespace {

using Harness = bool (*)(const uint8_t*, size_t);

int replay(const QString& folder, Harness harness)
{
    const QDir dir(proxima::test::dataPath(QStringLiteral("fuzz/") + folder));
    int count = 0;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        const QByteArray bytes = proxima::test::readAll(dir.filePath(name));
        INFO((folder + QLatin1Char('/') + name).toStdString());
        CHECK(harness(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size())));
        ++count;
    }
    return count;
}

} // namespace

TEST_CASE("fuzz regressions: every kept input gives a value or an error", "[io][fuzz]")
{
    CHECK(replay(QStringLiteral("preflib"), proxima::fuzz::preflibInput) > 0);
    CHECK(replay(QStringLiteral("pabulib"), proxima::fuzz::pabulibInput) > 0);
    CHECK(replay(QStringLiteral("incident_csv"), proxima::fuzz::incidentCsvInput) > 0);
}
