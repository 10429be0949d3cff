#include <QGuiApplication>

#include <gtest/gtest.h>

// One QGuiApplication (fonts, painting) on the offscreen platform: the report needs no more.
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
