// on_resize: runs a function when a widget changes size (for sizes that follow a width, and rows that wrap).
#pragma once

#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <utility>

namespace tmap::app {

/// Calls `react` whenever `watched` is resized; with `When::Later`, once the event loop is back (the watched
/// widget's children laid out by then: a tree view's stretched columns). Owned by `watched`.
class OnResize final : public QObject {
public:
    enum class When { Now, Later };
    OnResize(QWidget* watched, std::function<void()> react, When when = When::Now)
        : QObject(watched)
        , react_(std::move(react))
        , when_(when)
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize) {
            if (when_ == When::Now)
                react_();
            else
                QTimer::singleShot(0, this, react_);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> react_;
    When when_;
};

} // namespace tmap::app
