#include "main_window.h"

#include <QApplication>
#include <QLabel>
#include <QPixmap>
#include <cstdio>

#include "catalogue/catalogue.h"

namespace tmap::app {

MainWindow::MainWindow(const catalogue::Catalogue& catalogue, const AppOptions& options, QWidget* parent)
    : QMainWindow(parent), catalogue_(catalogue)
{
    Q_UNUSED(options);
    setWindowTitle(tr("Trigger Map"));
    auto* label = new QLabel(tr("%n muscle(s) in the catalogue", nullptr, static_cast<int>(catalogue_.muscles().size())), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
}

MainWindow::~MainWindow() = default;

bool MainWindow::saveScreenshot(const QString& file, QSize size)
{
    resize(size);
    setAttribute(Qt::WA_DontShowOnScreen);
    show();
    QApplication::processEvents();
    const QPixmap pixmap = grab();
    if (!pixmap.save(file, "PNG")) {
        std::fprintf(stderr, "trigger-map: %s: cannot write the screenshot\n", qPrintable(file));
        return false;
    }
    return true;
}

} // namespace tmap::app
