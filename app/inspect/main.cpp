// dsrdesk-inspect: opens one document read from stdin — a PDF through Poppler, a scan through
// Qt's image readers — and says on stdout in one JSON line what it is or why it is refused. The
// window and dsrctl run it as a child under a memory and a time limit before anything of theirs
// parses a file a clerk brought in (core/documents/DocumentCheck.h), so a hostile file crashes or
// stalls only this process. It takes no arguments, reads nothing else and writes no file.

#include "documents/DocumentCheck.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 1) {
        std::fputs("dsrdesk-inspect takes no arguments: it reads a document on stdin and is run by "
                   "DSR Desk itself.\n",
                   stderr);
        return 2;
    }
    return dsr::DocumentCheck::childMain();
}
