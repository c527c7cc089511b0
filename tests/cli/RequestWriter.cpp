// A desk that keeps writing, for the backup test: signs in once, then registers COUNT disclosure
// requests of MEMBER — each in its own transaction through RequestService — and prints every
// receipt number once it is committed, one per line; stops early once the file STOP exists. Not
// installed; tests only.
//
//   request_writer DB LOGIN PASSWORD MEMBER COUNT STOP

#include "HelperDesk.h"
#include "TestSupport.h"
#include "services/RequestService.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace dsr;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    HelperDesk desk;
    if (int rc = openHelperDesk(args, 7, "request_writer DB LOGIN PASSWORD MEMBER COUNT STOP", desk))
        return rc;
    RequestService requests(*desk.db);
    const Request draft = test::disclosureDraft(args[4].toLongLong());
    const int count = args[5].toInt();
    for (int i = 0; i < count && !QFileInfo::exists(args[6]); ++i) {
        auto registered = requests.registerRequest(desk.actor, draft);
        if (!registered) {
            std::fprintf(stderr, "%s\n", qPrintable(registered.error().message));
            return 1;
        }
        std::printf("%s\n", qPrintable(registered->receiptNo));
        std::fflush(stdout);
    }
    return 0;
}
