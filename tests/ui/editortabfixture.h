#pragma once

// The idea editor on a fresh copy of the sample portfolio, showing the course's pose-estimation
// example: the fixture of the editor's tab tests (metricstab_test, baselinestab_test).
#include "uitestsupport.h"

#include "ui/editor/ideaeditor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

namespace mlp::ui::test {

template<typename T> T *child(const QWidget &parent, const QString &name)
{
    T *w = parent.findChild<T *>(name);
    EXPECT_NE(w, nullptr) << name.toStdString();
    return w;
}

inline qint64 ideaNamed(const Document &d, const QString &name)
{
    for (const Idea &idea : d.portfolio().ideas) {
        if (idea.name == name)
            return idea.id;
    }
    ADD_FAILURE() << name.toStdString();
    return 0;
}

inline qint64 poseEstimation(const Document &d)
{
    return ideaNamed(d, QStringLiteral("Pose estimation for a robot arm"));
}

// `s` is the sample, `editor` the idea panel showing the pose-estimation idea `id`.
class EditorTabTest : public ::testing::Test
{
protected:
    SampleDocument s;
    IdeaEditor editor { &s.document };
    qint64 id = 0;

    void SetUp() override
    {
        id = poseEstimation(s.document);
        editor.setIdeaId(id);
    }
};

} // namespace mlp::ui::test
