// pulse_bare_responder: the baseline for bench/ingest.sh. A single-threaded QTcpServer with Debian's
// libhttp-parser, HTTP/1.1 keep-alive, answering every request with 204 and doing nothing else. It
// has the same socket and parser stack as Pulse's network thread, so Pulse's request rate divided by
// this one, measured in the same run, shows what ingestion (decode, validate, queue, commit) costs on
// top of bare HTTP, independent of how busy the shared machine happens to be.
//
// Usage: pulse_bare_responder [--listen ADDRESS] [--port N]   (N = 0, the default, picks a free port)
// Prints "listening on ADDRESS:PORT" once ready, so a script can read the port. SIGTERM ends it.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>

#include <http_parser.h>

#include <cstdio>

namespace {

// The parser only needs to find message boundaries; nothing of the request is kept, so there are no
// data callbacks and the body is skipped as http_parser frames it (Content-Length or chunked).
class Connection final : public QObject
{
public:
    explicit Connection(QTcpSocket *socket) : QObject(socket), m_socket(socket)
    {
        // Pulse sets TCP_NODELAY too; without it a response can wait for the client's delayed ACK.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        http_parser_init(&m_parser, HTTP_REQUEST);
        m_parser.data = this;
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
    }

private:
    static const http_parser_settings &settings()
    {
        static const http_parser_settings s = [] {
            http_parser_settings init{};
            http_parser_settings_init(&init);
            init.on_message_complete = &Connection::onMessageComplete;
            return init;
        }();
        return s;
    }

    static int onMessageComplete(http_parser *parser)
    {
        auto *self = static_cast<Connection *>(parser->data);
        if (http_should_keep_alive(parser) != 0) {
            self->m_out.append("HTTP/1.1 204 No Content\r\n\r\n");
        } else {
            self->m_out.append("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
            self->m_closeAfterWrite = true;
            return 1; // stop parsing: anything after a closing request is not answered
        }
        return 0;
    }

    void onReadyRead()
    {
        // All pipelined requests of one read are answered with one write, in order, as Pulse does.
        const QByteArray data = m_socket->readAll();
        if (!m_closeAfterWrite) {
            const size_t parsed = http_parser_execute(&m_parser, &settings(), data.constData(), size_t(data.size()));
            if (!m_closeAfterWrite && (HTTP_PARSER_ERRNO(&m_parser) != HPE_OK || parsed != size_t(data.size()))) {
                // Malformed request or an upgrade: a baseline has no business answering either.
                m_out.append("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                m_closeAfterWrite = true;
            }
        }
        if (!m_out.isEmpty()) {
            m_socket->write(m_out);
            m_out.clear();
        }
        if (m_closeAfterWrite)
            m_socket->disconnectFromHost(); // waits until the write buffer is flushed
    }

    QTcpSocket *m_socket;
    http_parser m_parser{};
    QByteArray m_out;
    bool m_closeAfterWrite = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pulse_bare_responder"));

    QCommandLineParser cli;
    cli.setApplicationDescription(
        QStringLiteral("HTTP/1.1 keep-alive server that answers every request with 204 (ingest benchmark baseline)."));
    cli.addHelpOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"), QStringLiteral("Address to bind (default 127.0.0.1)."),
                                          QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port (default 0: a free one)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    cli.addOption(listenOption);
    cli.addOption(portOption);
    cli.process(app);

    QTextStream err(stderr);
    const QHostAddress address(cli.value(listenOption));
    bool portOk = false;
    const uint port = cli.value(portOption).toUInt(&portOk);
    if (address.isNull() || !portOk || port > 65535) {
        err << "pulse_bare_responder: invalid --listen or --port\n";
        return 2;
    }

    QTcpServer server; // Qt's defaults (backlog, pending connections), as Pulse's listener uses them
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            new Connection(socket); // owned by the socket, which deletes itself on disconnect
    });
    if (!server.listen(address, quint16(port))) {
        err << "pulse_bare_responder: cannot listen on " << address.toString() << ':' << port << ": "
            << server.errorString() << '\n';
        return 1;
    }

    QTextStream out(stdout);
    out << "listening on " << server.serverAddress().toString() << ':' << server.serverPort() << '\n';
    out.flush();
    return QCoreApplication::exec();
}
