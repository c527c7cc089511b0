// The intake of PDFs and scans: DocumentCheck::inspectHere, the opening the dsrdesk-inspect child
// does for every attachment, disclosure document and source to redact (Poppler parses the PDF
// and renders each page small, Qt's image reader decodes every frame). The child has a memory and
// a time limit as a last resort; here, as there, a crash, a hang or a leak is a finding —
// run-fuzzers.sh gives this target -rss_limit_mb=2560 and -timeout=25, inside the child's own
// 2 GB and 30 s.
//
// Invariants: an answer is a format the content starts like, with 1 to MaxPages pages; a refusal
// is Validation with a message.

#include "FuzzSupport.h"
#include "documents/DocumentCheck.h"

#include <QCoreApplication>

using namespace dsr;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The child runs inside a QCoreApplication (app/inspect/main.cpp): the image readers' plugins
    // are found through it.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    const auto facts = DocumentCheck::inspectHere(bytes);
    if (!facts) {
        DSR_FUZZ_ASSERT(facts.error().code == ErrorCode::Validation && !facts.error().message.isEmpty(),
                        facts.error().message);
        return 0;
    }
    DSR_FUZZ_ASSERT(facts->pages >= 1 && facts->pages <= DocumentCheck::MaxPages,
                    QStringLiteral("%1 pages").arg(facts->pages));
    switch (facts->format) {
    case DocumentFacts::Format::Pdf:
        DSR_FUZZ_ASSERT(bytes.left(1024).contains("%PDF-"), QStringLiteral("a PDF without %PDF- in front"));
        break;
    case DocumentFacts::Format::Png:
        DSR_FUZZ_ASSERT(bytes.startsWith("\x89PNG\r\n\x1a\n"), QStringLiteral("a PNG without its signature"));
        break;
    case DocumentFacts::Format::Jpeg:
        DSR_FUZZ_ASSERT(bytes.startsWith("\xff\xd8\xff"), QStringLiteral("a JPEG without its marker"));
        break;
    case DocumentFacts::Format::Tiff:
        DSR_FUZZ_ASSERT(bytes.startsWith(QByteArrayView("II*\0", 4))
                            || bytes.startsWith(QByteArrayView("MM\0*", 4)),
                        QStringLiteral("a TIFF without its header"));
        break;
    }
    DSR_FUZZ_ASSERT(!facts->mimeType().isEmpty() && !facts->formatName().isEmpty(),
                    QStringLiteral("no type"));
    return 0;
}
