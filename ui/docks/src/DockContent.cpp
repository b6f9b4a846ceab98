#include "DockContent.h"

#include <QDockWidget>
#include <QScrollArea>

namespace rs::docks {

void setScrollingContent(QDockWidget& dock, QWidget* content)
{
    auto* area = new QScrollArea(&dock);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(content);
    dock.setWidget(area);
}

} // namespace rs::docks
