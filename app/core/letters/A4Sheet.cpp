#include "A4Sheet.h"

#include "LetterRenderer.h"

#include <QPageLayout>
#include <QPageSize>

namespace dsr {

A4Sheet::A4Sheet()
    : m_buffer(&m_pdf)
{
}

A4Sheet::~A4Sheet()
{
    if (m_painter.isActive())
        m_painter.end();
}

Status A4Sheet::begin(const QString &title)
{
    auto family = LetterRenderer::fontFamily();
    if (!family)
        return family.error();
    m_family = family.value();
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    m_writer->setResolution(Dpi);
    m_writer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("DSR Desk"));
    if (!m_painter.begin(m_writer.get()))
        return makeError(ErrorCode::Failure, tr("Cannot write “%1”.").arg(title));
    return {};
}

QFont A4Sheet::font(double points, bool bold) const
{
    QFont f(m_family);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QByteArray A4Sheet::finish()
{
    m_painter.end();
    m_buffer.close();
    return m_pdf;
}

} // namespace dsr
