#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace proxima::cli {

/// Writes one JSON document followed by a newline (indented, UTF-8).
inline void printJson(QTextStream& out, const QJsonDocument& document)
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}
inline void printJson(QTextStream& out, const QJsonObject& object) { printJson(out, QJsonDocument(object)); }
inline void printJson(QTextStream& out, const QJsonArray& array) { printJson(out, QJsonDocument(array)); }

} // namespace proxima::cli
