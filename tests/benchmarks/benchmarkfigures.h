#pragma once

// What every benchmark shares: the machine line of each figure, which
// tests/benchmarks/run-benchmarks gathers into one table, and an event-loop wait
// without QTest::qWaitFor's 10 ms naps.

#include <QEventLoop>
#include <QTimer>

#include <cstdio>

namespace Dintero::Testing {

// FIGURE<TAB>name<TAB>value<TAB>unit<TAB>goal op<TAB>goal value, one line per figure
// per run. `goalOp` is one of <=, <, >=, >.
inline void printFigure(const char *name, double value, const char *unit, const char *goalOp, double goal)
{
    std::printf("FIGURE\t%s\t%.3f\t%s\t%s\t%g\n", name, value, unit, goalOp, goal);
    std::fflush(stdout);
}

// Runs the event loop until `done` says so or timeoutMs passes; returns done().
template <typename Predicate> bool waitUntil(Predicate done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(0);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

} // namespace Dintero::Testing
