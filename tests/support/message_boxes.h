// message_boxes: answering the message boxes a GUI test's action opens, as they show (an open on the worker thread,
// a check that ends later), by a timer that looks every 20 ms.
#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <functional>
#include <utility>

namespace tmap::test {

/// While it lives, calls `answer` with each message box that has opened and has its default button (that is, is
/// set up); `answer` clicks one of its buttons, and returns false to stop looking (true: answer the next one too).
class MessageBoxAnswer final {
public:
    explicit MessageBoxAnswer(std::function<bool(QMessageBox&)> answer)
        : answer_(std::move(answer))
    {
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box && box->defaultButton() && !answer_(*box))
                timer_.stop();
        });
        timer_.start(20);
    }

private:
    std::function<bool(QMessageBox&)> answer_;
    QTimer timer_;
};

} // namespace tmap::test
