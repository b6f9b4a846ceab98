#include "PageFlow.h"

#include "TextLines.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <numeric>

namespace rs::review {

namespace {

constexpr double headerBand = 26.0; ///< running header, above the content
constexpr double footerBand = 22.0; ///< page number, below the content
constexpr double cellPadding = 3.0;
const QColor ruleColour(0xbd, 0xbd, 0xbd);
const QColor headerBackground(0xe8, 0xea, 0xed);
const QColor stripeBackground(0xf7, 0xf8, 0xfa);

} // namespace

PageFlow::PageFlow(QPdfWriter& writer, QPainter& painter, Decor decor)
    : m_writer(writer)
    , m_painter(painter)
    , m_decor(std::move(decor))
{}

QFont PageFlow::font(double pointSize, bool bold, bool italic) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    // No "ff" / "fi" ligatures: text copied or extracted from the PDF (pdftotext, a reader's
    // search) then reads "cut off", not "cut o\uFB00".
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void PageFlow::newPage(QPageLayout::Orientation orientation)
{
    if (m_writer.pageLayout().orientation() != orientation)
        m_writer.setPageOrientation(orientation);
    if (m_page > 0)
        m_writer.newPage();
    ++m_page;
    const QRectF page(0, 0, m_writer.width(), m_writer.height());
    m_content = page.adjusted(0, headerBand, 0, -footerBand);
    m_y = m_content.top();
    decoratePage();
}

QSizeF PageFlow::contentSize(QPageLayout::Orientation orientation) const
{
    auto layout = m_writer.pageLayout();
    layout.setOrientation(orientation);
    const auto page = layout.paintRectPixels(m_writer.resolution());
    return {double(page.width()), page.height() - headerBand - footerBand};
}

void PageFlow::decoratePage()
{
    // The cover is the title page: no running header there.
    m_painter.save();
    const QRectF page(0, 0, m_writer.width(), m_writer.height());
    const auto small = font(7.5);
    m_painter.setPen(QColor(0x61, 0x61, 0x61));
    if (m_page > 1) {
        const QRectF header(0, 0, page.width(), headerBand - 8);
        const double half = page.width() / 2.0 - 6.0;
        // A long design name is cut to the band, with an ellipsis.
        m_painter.setFont(small);
        const QFontMetricsF metrics(small, m_painter.device());
        m_painter.drawText(QRectF(0, 0, half, header.height()), Qt::AlignLeft | Qt::AlignBottom,
                           metrics.elidedText(m_decor.headerLeft, Qt::ElideRight, half));
        const auto right =
            layoutText(m_decor.headerRight, small, half, m_painter.device(), Qt::AlignRight);
        if (right->lineCount() > 0)
            right->draw(&m_painter,
                        QPointF(page.width() - half, header.bottom() - right->lineAt(0).height()));
        m_painter.setPen(QPen(ruleColour, 0.8));
        m_painter.drawLine(QPointF(0, headerBand - 5), QPointF(page.width(), headerBand - 5));
    }
    const QString number = m_decor.pageCount > 0
                               ? QStringLiteral("Page %1 of %2").arg(m_page).arg(m_decor.pageCount)
                               : QStringLiteral("Page %1").arg(m_page);
    m_painter.setPen(QColor(0x61, 0x61, 0x61));
    m_painter.setFont(small);
    m_painter.drawText(QRectF(0, page.bottom() - footerBand + 6, page.width(), footerBand - 6),
                       Qt::AlignHCenter | Qt::AlignBottom, number);
    m_painter.restore();
}

void PageFlow::ensure(double height)
{
    if (m_page == 0 || (height > remaining() && m_y > m_content.top()))
        newPage(m_writer.pageLayout().orientation());
}

void PageFlow::space(double height)
{
    m_y = std::min(m_y + height, m_content.bottom());
}

double PageFlow::textHeight(const QString& text, const QFont& font, double width) const
{
    return layoutHeight(*layoutText(text, font, width, m_painter.device()));
}

void PageFlow::drawText(const QRectF& rect, const QString& text, const QFont& font,
                        const QColor& colour)
{
    m_texts << text;
    const auto layout = layoutText(text, font, rect.width(), m_painter.device());
    m_painter.save();
    m_painter.setPen(colour);
    layout->draw(&m_painter, rect.topLeft());
    m_painter.restore();
}

void PageFlow::heading(int level, const QString& text, QPageLayout::Orientation orientation)
{
    if (level == 1)
        newPage(orientation);
    const auto f = font(level == 1 ? 15.0 : 11.5, true);
    const double h = textHeight(text, f, m_content.width());
    // Keep a sub-heading with at least a few lines of what follows it.
    ensure(h + (level == 1 ? 0.0 : 80.0));
    if (level > 1)
        space(6.0);
    m_toc.push_back({level, text, m_page});
    drawText(QRectF(m_content.left(), m_y, m_content.width(), h), text, f,
             level == 1 ? QColor(0x0d, 0x47, 0xa1) : QColor(0x1a, 0x23, 0x7e));
    m_y += h;
    if (level == 1) {
        m_painter.save();
        m_painter.setPen(QPen(QColor(0x0d, 0x47, 0xa1), 1.2));
        m_painter.drawLine(QPointF(m_content.left(), m_y + 3), QPointF(m_content.right(), m_y + 3));
        m_painter.restore();
        m_y += 10.0;
    } else {
        m_y += 4.0;
    }
}

void PageFlow::paragraph(const QString& text, double pointSize, const QColor& colour, bool italic)
{
    const auto f = font(pointSize, false, italic);
    const double h = textHeight(text, f, m_content.width());
    ensure(std::min(h, m_content.height()));
    drawText(QRectF(m_content.left(), m_y, m_content.width(), h), text, f, colour);
    m_y += h + 5.0;
}

void PageFlow::bullets(const QStringList& lines, double pointSize)
{
    const auto f = font(pointSize);
    const double indent = 14.0;
    for (const auto& line : lines) {
        const double h = textHeight(line, f, m_content.width() - indent);
        ensure(h);
        drawText(QRectF(m_content.left(), m_y, indent, h), QStringLiteral("\u2022"), f, Qt::black);
        drawText(QRectF(m_content.left() + indent, m_y, m_content.width() - indent, h), line, f,
                 Qt::black);
        m_y += h + 2.0;
    }
    m_y += 4.0;
}

double PageFlow::rowHeight(const std::vector<double>& widths, const std::vector<Cell>& cells,
                           double pointSize) const
{
    double h = 0.0;
    for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
        const auto f = font(pointSize, cells[i].bold);
        h = std::max(h, textHeight(cells[i].text, f, widths[i] - 2 * cellPadding));
    }
    return h + 2 * cellPadding;
}

void PageFlow::drawRow(const std::vector<double>& widths, const std::vector<Column>& columns,
                       const std::vector<Cell>& cells, double pointSize, double height,
                       const QColor& background)
{
    double x = m_content.left();
    for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
        const QRectF cell(x, m_y, widths[i], height);
        const auto fill = cells[i].background.isValid() ? cells[i].background : background;
        if (fill.isValid())
            m_painter.fillRect(cell, fill);
        const auto f = font(pointSize, cells[i].bold);
        m_texts << cells[i].text;
        const auto layout = layoutText(cells[i].text, f, widths[i] - 2 * cellPadding,
                                       m_painter.device(), columns[i].align);
        m_painter.save();
        m_painter.setPen(cells[i].colour);
        layout->draw(&m_painter, cell.topLeft() + QPointF(cellPadding, cellPadding));
        m_painter.restore();
        x += widths[i];
    }
    m_painter.save();
    m_painter.setPen(QPen(ruleColour, 0.6));
    m_painter.drawLine(QPointF(m_content.left(), m_y + height),
                       QPointF(m_content.right(), m_y + height));
    m_painter.restore();
    m_y += height;
}

void PageFlow::table(const std::vector<Column>& columns, const std::vector<std::vector<Cell>>& rows,
                     double pointSize)
{
    const double shares = std::accumulate(columns.begin(), columns.end(), 0.0,
                                          [](double s, const Column& c) { return s + c.share; });
    std::vector<double> widths;
    for (const auto& c : columns)
        widths.push_back(m_content.width() * c.share / shares);
    std::vector<Cell> header;
    for (const auto& c : columns)
        header.push_back(Cell(c.title, Qt::black, true));
    const double headerHeight = rowHeight(widths, header, pointSize);
    bool headerDrawn = false;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const double h = rowHeight(widths, rows[r], pointSize);
        const int pageBefore = m_page;
        ensure(h + (headerDrawn ? 0.0 : headerHeight));
        if (!headerDrawn || m_page != pageBefore) {
            drawRow(widths, columns, header, pointSize, headerHeight, headerBackground);
            headerDrawn = true;
        }
        drawRow(widths, columns, rows[r], pointSize, h, r % 2 ? stripeBackground : QColor());
    }
    m_y += 8.0;
}

void PageFlow::keyValues(const std::vector<std::pair<QString, Cell>>& rows, double pointSize)
{
    const std::vector<double> widths{m_content.width() * 0.3, m_content.width() * 0.7};
    const std::vector<Column> columns{{QString(), 0.3}, {QString(), 0.7}};
    for (const auto& [key, value] : rows) {
        const std::vector<Cell> cells{Cell(key, QColor(0x42, 0x42, 0x42), true), value};
        const double h = rowHeight(widths, cells, pointSize);
        ensure(h);
        drawRow(widths, columns, cells, pointSize, h, QColor());
    }
    m_y += 8.0;
}

void PageFlow::block(double height, const std::function<void(QPainter&, const QRectF&)>& paint)
{
    ensure(height);
    const QRectF area(m_content.left(), m_y, m_content.width(), std::min(height, remaining()));
    m_painter.save();
    paint(m_painter, area);
    m_painter.restore();
    m_y += area.height() + 6.0;
}

} // namespace rs::review
