// Layering self-test: SQL outside storage (rule "sql").
#include <QSqlDatabase>
