#pragma once

// A small portfolio whose flow is worked out by hand, for the flow view's and the lifecycle
// tab's tests: five projects created on day 0, "now" is day 60.
#include "uitestsupport.h"

namespace mlp::ui::test {

inline QDateTime flowDay(int n)
{
    return QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC).addDays(n);
}

struct FlowStep
{
    Stage to;
    int day;
    QString trigger = {};
    QString reason = {};
};

inline Idea flowIdea(qint64 id, const QString &name, const QList<FlowStep> &steps)
{
    Idea idea;
    idea.id = id;
    idea.name = name;
    idea.lifecycle.createdAt = flowDay(0);
    Stage stage = Stage::Planning;
    for (const FlowStep &step : steps) {
        Transition t;
        t.at = flowDay(step.day);
        t.who = QStringLiteral("Ada");
        t.from = stage;
        t.to = step.to;
        t.triggerId = step.trigger;
        t.reason = step.reason;
        if (stage == Stage::Planning && step.to != Stage::Planning)
            t.checklistOverrideNote = QStringLiteral("pilot");
        idea.lifecycle.history.append(t);
        stage = step.to;
    }
    idea.lifecycle.stage = stage;
    return idea;
}

// By hand: backward Training → Data twice (labels unreliable), Data → Planning once (free
// text); finished stays per stage: Planning 4, 5, 10, 10, 10 days; Data 2, 4, 10, 10, 20;
// Training 4, 5, 10; Deploying 8. Now: Planning 1, Data 2, Training 1, Deploying 0; 1 shipped.
inline Portfolio knownFlowPortfolio()
{
    Portfolio p;
    p.name = QStringLiteral("Flow");
    const QString unreliable = QStringLiteral("labels-unreliable");
    p.ideas << flowIdea(1, QStringLiteral("Alpha"),
                        { { Stage::Data, 10 },
                          { Stage::Training, 30 },
                          { Stage::Data, 40, unreliable },
                          { Stage::Training, 50 } });
    p.ideas << flowIdea(
        2, QStringLiteral("Bravo"),
        { { Stage::Data, 5 }, { Stage::Training, 15 }, { Stage::Data, 20, unreliable } });
    p.ideas << flowIdea(3, QStringLiteral("Charlie"),
                        { { Stage::Data, 10 },
                          { Stage::Planning, 12, {}, QStringLiteral("Labels cost too much") },
                          { Stage::Data, 22 } });
    Idea shipped
        = flowIdea(4, QStringLiteral("Delta"),
                   { { Stage::Data, 4 }, { Stage::Training, 8 }, { Stage::Deploying, 12 } });
    shipped.lifecycle.outcome = Outcome::Shipped;
    shipped.lifecycle.outcomeAt = flowDay(20);
    p.ideas << shipped;
    p.ideas << flowIdea(5, QStringLiteral("Echo"), {});
    return p;
}

// A document on a new file holding `portfolio`, its clock at day 60.
struct FlowDocument
{
    QTemporaryDir dir;
    FakeClock clock { flowDay(60) };
    Document document { clock };

    explicit FlowDocument(const Portfolio &portfolio = knownFlowPortfolio())
    {
        const Status created
            = document.createFile(dir.filePath(QStringLiteral("flow.mlplan")), portfolio);
        EXPECT_TRUE(created.ok())
            << (created.ok() ? QString() : created.error().message).toStdString();
    }
};

} // namespace mlp::ui::test
