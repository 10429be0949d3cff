// bench_shared_stress: the shared portfolio under load and through a crash of its server
// (docs/reliability.md). `run` is what bench/shared/measure-stress.sh and the tests call; it
// starts this same program as the writers and the listener.
#include "bench/shared/stress.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString mode = args.isEmpty() ? QString() : args.takeFirst();
    if (mode == QLatin1String("run"))
        return mlp::stress::runStress(args);
    if (mode == QLatin1String("writer"))
        return mlp::stress::runWriter(args);
    if (mode == QLatin1String("listener"))
        return mlp::stress::runListener(args);
    if (mode == QLatin1String("selftest"))
        return mlp::stress::runSelfTest();
    std::fprintf(stderr,
                 "usage: %s run|writer|listener|selftest ... (bench/shared/measure-stress.sh)\n",
                 argv[0]);
    return 2;
}
