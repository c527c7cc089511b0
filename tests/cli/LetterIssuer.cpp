// A second desk for the concurrency test of document numbers: signs in once, then issues COUNT
// letters — each a reissue of LETTER, each in its own transaction through LetterService — and
// prints every document number it was given, one per line. Not installed; tests only.
//
//   letter_issuer DB LOGIN PASSWORD LETTER COUNT

#include "HelperDesk.h"
#include "services/LetterService.h"

#include <QGuiApplication>

#include <cstdio>

using namespace dsr;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    HelperDesk desk;
    if (int rc = openHelperDesk(args, 6, "letter_issuer DB LOGIN PASSWORD LETTER COUNT", desk))
        return rc;
    LetterService letters(*desk.db);
    const qint64 letter = args[4].toLongLong();
    const int count = args[5].toInt();
    for (int i = 0; i < count; ++i) {
        auto issued = letters.reissue(desk.actor, letter, QStringLiteral("concurrency test"));
        if (!issued) {
            std::fprintf(stderr, "%s\n", qPrintable(issued.error().message));
            return 1;
        }
        std::printf("%d\n", issued->number);
        std::fflush(stdout);
    }
    return 0;
}
