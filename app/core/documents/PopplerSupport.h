#pragma once
// What the documents layer's two users of Poppler (SourceDocument, RedactionProof) share. Internal
// to app/core/documents: nothing outside includes a Poppler header through it.

#include <QByteArray>
#include <memory>

namespace Poppler {
class Document;
}

namespace dsr::popplersupport {

// Loads `bytes` with the render hints pdftoppm uses by default (antialiased shapes and text), so
// that a redacted page looks like Poppler's own rendering. Poppler's own messages are dropped
// (they may quote pieces of the file); null when Poppler cannot parse the file at all.
std::unique_ptr<Poppler::Document> load(const QByteArray &bytes);

} // namespace dsr::popplersupport
