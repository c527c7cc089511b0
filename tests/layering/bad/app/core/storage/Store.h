#pragma once
// Layering self-test: storage may use Qt SQL.
#include <QSqlQuery>
