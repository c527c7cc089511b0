// A second desk for the concurrency test of document numbers: signs in once, then issues COUNT
// letters — each a reissue of LETTER, each in its own transaction through LetterService — and
// prints every document number it was given, one per line. Not installed; tests only.
//
//   letter_issuer DB LOGIN PASSWORD LETTER COUNT

#include "services/AccountService.h"
#include "services/LetterService.h"
#include "storage/Database.h"

#include <QGuiApplication>

#include <cstdio>

using namespace dsr;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: letter_issuer DB LOGIN PASSWORD LETTER COUNT\n");
        return 2;
    }
    auto db = Database::open(args[1]);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    auto actor = AccountService(*db.value()).authenticate(args[2], args[3]);
    if (!actor) {
        std::fprintf(stderr, "%s\n", qPrintable(actor.error().message));
        return 3;
    }
    LetterService letters(*db.value());
    const qint64 letter = args[4].toLongLong();
    const int count = args[5].toInt();
    for (int i = 0; i < count; ++i) {
        auto issued = letters.reissue(actor.value(), letter, QStringLiteral("concurrency test"));
        if (!issued) {
            std::fprintf(stderr, "%s\n", qPrintable(issued.error().message));
            return 1;
        }
        std::printf("%d\n", issued->number);
        std::fflush(stdout);
    }
    return 0;
}
