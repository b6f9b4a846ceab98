#pragma once

#include "ui/MainWindow.h"

class QAction;

namespace rs::ui {

/// The window's commands, made once by createActions() (MainWindowActions.cpp) and used by
/// its menus, toolbar and context menu.
struct MainWindow::Actions
{
    QAction* newDesign;
    QAction* open;
    QAction* save;
    QAction* saveAs;
    QAction* exportReview;
    QAction* exportPng;
    QAction* exportSvg;
    QAction* quit;
    QAction* undo;
    QAction* redo;
    QAction* cut;
    QAction* copy;
    QAction* paste;
    QAction* duplicate;
    QAction* remove;
    QAction* selectAll;
    QAction* zoomIn;
    QAction* zoomOut;
    QAction* fit;
    QAction* grid;
    QAction* snap;
    QAction* arrange;
    QAction* workload;
    QAction* targets;
    QAction* assumptions;
    QAction* rules;
    QAction* catalogue;
    QAction* teamCatalogue;
};

} // namespace rs::ui
