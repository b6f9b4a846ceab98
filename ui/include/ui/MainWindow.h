#pragma once

#include <QMainWindow>

class QLabel;
class QTreeWidget;

namespace rs::ui {

class DesignDocument;

/// The application window. For now it lists the open design's regions, services and links;
/// the canvas and the docks come with the desktop application.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(DesignDocument& document, QWidget* parent = nullptr);

    /// Opens `path`, or tells the user why it cannot; the current design stays if it fails.
    bool openFile(const QString& path);

private:
    void createMenus();
    void rebuildOutline();
    void updateTitle();

    DesignDocument& m_document;
    QTreeWidget* m_outline = nullptr;
    QLabel* m_elementCount = nullptr;
};

} // namespace rs::ui
