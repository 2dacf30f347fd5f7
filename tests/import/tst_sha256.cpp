// The importer's SHA-256 gives exactly Qt's digest, whatever the lengths and however the data is split.

#include "import/sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace Uptake::Import;

class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownDigests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("hex");
        QTest::addRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::addRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::addRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::addRow("a million a") << QByteArray(1000000, 'a')
                                     << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    void knownDigests()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, hex);
        Sha256 hash;
        hash.addData(input);
        QCOMPARE(hash.result().toHex(), hex);
    }

    void matchesQt_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("chunk");
        for (int length : {1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 262144 + 17})
            for (int chunk : {1, 7, 64, 100, 1 << 20})
                QTest::addRow("%d bytes in chunks of %d", length, chunk) << length << chunk;
    }

    void matchesQt()
    {
        QFETCH(int, length);
        QFETCH(int, chunk);
        QByteArray data(length, Qt::Uninitialized);
        QRandomGenerator random(quint32(length) * 31 + quint32(chunk));
        for (char &c : data)
            c = char(random.generate());
        Sha256 hash;
        for (int at = 0; at < length; at += chunk)
            hash.addData(QByteArrayView(data).sliced(at, std::min(chunk, length - at)));
        QCOMPARE(hash.result().toHex(), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
