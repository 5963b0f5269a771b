#pragma once

#include <QString>

namespace proxima {

/// A part of the neighbourhood (a district, a sector of the officer's beat).
struct Area
{
    qint64 id = 0;
    QString name;
    QString description;
    int revision = 0;
};

} // namespace proxima
