// main_window: the application window: body map, painful spots, symptoms and ranked likely sources.
#pragma once

#include <QMainWindow>

#include "app_options.h"

namespace tmap::catalogue {
class Catalogue;
}

namespace tmap::app {

/// The one top-level window of the app.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const catalogue::Catalogue& catalogue, const AppOptions& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Lays the window out at `size` offscreen and saves it as a PNG; false (with a message) on failure.
    bool saveScreenshot(const QString& file, QSize size);

private:
    const catalogue::Catalogue& catalogue_;
};

} // namespace tmap::app
