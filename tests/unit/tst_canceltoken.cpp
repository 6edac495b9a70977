// CancelToken: shared between copies; a linked token stops with its parent, not the reverse.
#include "util/CancelToken.h"
#include "util/Error.h"

#include <QtTest>

class CancelTokenTest : public QObject {
    Q_OBJECT
private slots:
    void copiesShareOneFlag() {
        sr::CancelToken a;
        const sr::CancelToken b = a;
        QVERIFY(!b.cancelled());
        a.cancel();
        QVERIFY(b.cancelled());
        QVERIFY_THROWS_EXCEPTION(sr::Error, b.throwIfCancelled());
    }

    void aLinkedTokenStopsWithItsParent() {
        sr::CancelToken session;
        const sr::CancelToken dialog = session.linked();
        QVERIFY(!dialog.cancelled());
        session.cancel();
        QVERIFY(dialog.cancelled());
    }

    void cancellingALinkedTokenLeavesItsParent() {
        sr::CancelToken session;
        const sr::CancelToken dialog = session.linked();
        dialog.cancel();
        QVERIFY(dialog.cancelled());
        QVERIFY(!session.cancelled());
    }
};

QTEST_GUILESS_MAIN(CancelTokenTest)
#include "tst_canceltoken.moc"
