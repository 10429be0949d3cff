#include "testchild.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(mlp::test::kChildModeVariable) && mlp::test::registeredChild())
        return mlp::test::registeredChild()();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
