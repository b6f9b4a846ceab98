#pragma once

#include <QColor>
#include <QFont>
#include <QPageLayout>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QPainter;
class QPdfWriter;

namespace rs::review {

/// One cell of a PageFlow table: plain text (never markup), optionally coloured or bold.
struct Cell
{
    QString text;
    QColor colour = Qt::black;
    bool bold = false;
    QColor background = {}; ///< invalid: the row's
    Cell() = default;
    Cell(QString t)
        : text(std::move(t))
    {}
    Cell(const char* t)
        : text(QString::fromUtf8(t))
    {}
    Cell(QString t, QColor c, bool b = false)
        : text(std::move(t))
        , colour(c)
        , bold(b)
    {}
};

struct Column
{
    QString title;
    double share = 1.0; ///< of the table's width, relative to the other columns
    Qt::Alignment align = Qt::AlignLeft;
};

/// A heading as the table of contents lists it.
struct TocEntry
{
    int level = 1;
    QString title;
    int page = 0;
};

/// Lays a report out top to bottom over the pages of a QPdfWriter: headings, paragraphs,
/// tables that break across pages (repeating their header) and blocks painted by the caller
/// (charts, the diagram). Every page gets the running header and "page n of N". Text is drawn
/// as plain text, so nothing from a design ever becomes markup. Page numbers of headings are
/// recorded for the table of contents; the report is laid out twice, the first time to learn
/// them and the page count.
class PageFlow
{
public:
    struct Decor
    {
        QString headerLeft;
        QString headerRight;
        int pageCount = 0; ///< 0 while unknown (first pass)
    };

    PageFlow(QPdfWriter& writer, QPainter& painter, Decor decor);

    /// Units are the writer's device pixels (96 dpi).
    QRectF contentRect() const { return m_content; }
    double remaining() const { return m_content.bottom() - m_y; }
    int page() const { return m_page; }
    const std::vector<TocEntry>& toc() const { return m_toc; }
    /// Every text laid out so far (headings, paragraphs, cells), for finding what it cites.
    const QStringList& texts() const { return m_texts; }
    /// The content rectangle's size on a page of `orientation`.
    QSizeF contentSize(QPageLayout::Orientation orientation) const;

    /// Starts a new page (the first call after construction reuses the writer's first page).
    void newPage(QPageLayout::Orientation orientation = QPageLayout::Portrait);
    /// Level 1 starts a new page (in `orientation`); both levels are listed in the contents.
    void heading(int level, const QString& text,
                 QPageLayout::Orientation orientation = QPageLayout::Portrait);
    void paragraph(const QString& text, double pointSize = 9.5, const QColor& colour = Qt::black,
                   bool italic = false);
    /// Bulleted lines.
    void bullets(const QStringList& lines, double pointSize = 9.0);
    void table(const std::vector<Column>& columns, const std::vector<std::vector<Cell>>& rows,
               double pointSize = 8.0);
    /// A two-column table of names and values, without a header.
    void keyValues(const std::vector<std::pair<QString, Cell>>& rows, double pointSize = 9.0);
    /// Reserves `height` (moving to a new page when it does not fit) and calls `paint` with the
    /// painter and the reserved rectangle.
    void block(double height, const std::function<void(QPainter&, const QRectF&)>& paint);
    void space(double height);

    QPainter& painter() { return m_painter; }
    QFont font(double pointSize, bool bold = false, bool italic = false) const;

private:
    void ensure(double height);
    void decoratePage();
    double textHeight(const QString& text, const QFont& font, double width) const;
    void drawText(const QRectF& rect, const QString& text, const QFont& font, const QColor& colour);
    double rowHeight(const std::vector<double>& widths, const std::vector<Cell>& cells,
                     double pointSize) const;
    void drawRow(const std::vector<double>& widths, const std::vector<Column>& columns,
                 const std::vector<Cell>& cells, double pointSize, double height,
                 const QColor& background);

    QPdfWriter& m_writer;
    QPainter& m_painter;
    Decor m_decor;
    QRectF m_content;
    double m_y = 0.0;
    int m_page = 0;
    std::vector<TocEntry> m_toc;
    QStringList m_texts;
};

} // namespace rs::review
