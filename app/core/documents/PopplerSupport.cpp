#include "PopplerSupport.h"

#include <poppler-qt6.h>

#include <mutex>

namespace dsr::popplersupport {

namespace {

// Poppler reports syntax errors of damaged files through this; by default they go to qDebug and
// from there into the log, where a quoted piece of a document does not belong.
void dropMessage(const QString &, const QVariant &) { }

} // namespace

std::unique_ptr<Poppler::Document> load(const QByteArray &bytes)
{
    static std::once_flag quiet;
    std::call_once(quiet, [] { Poppler::setDebugErrorFunction(&dropMessage, QVariant()); });
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (doc) {
        doc->setRenderHint(Poppler::Document::Antialiasing);
        doc->setRenderHint(Poppler::Document::TextAntialiasing);
    }
    return doc;
}

} // namespace dsr::popplersupport
