// SPDX-License-Identifier: LicenseRef-Sportello
// Constant-rate webhook load generator with latency measured from the scheduled send time.
//
// wrk measures closed-loop throughput; a latency target at an offered rate ("p99 <= 5 ms at
// 2,000 msg/s") needs an open-loop generator that does not slow down when the server does
// (coordinated omission). Each request is due at start + i / rate; its latency runs from that
// due time to the end of the response, so queueing behind a slow answer is counted.
//
// Usage: sportello-webhook-loadgen --port N --bodies FILE --rate R --seconds S
//                                  [--connections C] [--warmup S] [--path /webhook]
// FILE has one "<signature>\t<body>" line per request (the peer stack's gen.js format).
// Prints a human summary and a last line of JSON.

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options
{
    int port = 8080;
    std::string bodies;
    std::string path = "/webhook";
    double rate = 2000;
    double seconds = 10;
    double warmup = 2;
    int connections = 16;
};

struct Connection
{
    int fd = -1;
    bool busy = false;
    Clock::time_point due;
    std::string in;
    std::string out;
    std::size_t written = 0;
    bool measured = false;
};

[[noreturn]] void die(const std::string &message)
{
    std::fprintf(stderr, "loadgen: %s\n", message.c_str());
    std::exit(2);
}

Options parse(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc)
                die("missing value for " + a);
            return argv[++i];
        };
        if (a == "--port")
            o.port = std::atoi(next().c_str());
        else if (a == "--bodies")
            o.bodies = next();
        else if (a == "--path")
            o.path = next();
        else if (a == "--rate")
            o.rate = std::atof(next().c_str());
        else if (a == "--seconds")
            o.seconds = std::atof(next().c_str());
        else if (a == "--warmup")
            o.warmup = std::atof(next().c_str());
        else if (a == "--connections")
            o.connections = std::atoi(next().c_str());
        else
            die("unknown option " + a);
    }
    if (o.bodies.empty() || o.rate <= 0 || o.seconds <= 0 || o.connections <= 0)
        die("usage: --port N --bodies FILE --rate R --seconds S [--connections C] [--warmup S]");
    return o;
}

int connectTo(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (fd < 0)
        die("socket failed");
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) < 0 &&
        errno != EINPROGRESS)
        die(std::string("connect failed: ") + std::strerror(errno));
    return fd;
}

// Returns the length of one complete response at the start of `in`, or 0 if incomplete.
std::size_t completeResponse(const std::string &in, int *status)
{
    const auto headerEnd = in.find("\r\n\r\n");
    if (headerEnd == std::string::npos)
        return 0;
    *status = std::atoi(in.c_str() + 9);
    std::size_t length = 0;
    std::string lower(in, 0, headerEnd);
    std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
    const auto cl = lower.find("content-length:");
    if (cl != std::string::npos)
        length = std::size_t(std::atol(lower.c_str() + cl + 15));
    const std::size_t total = headerEnd + 4 + length;
    return in.size() >= total ? total : 0;
}

double percentile(std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const std::size_t index = std::min(sorted.size() - 1, std::size_t(p * double(sorted.size())));
    return sorted[index];
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parse(argc, argv);

    std::vector<std::string> requests;
    {
        std::ifstream file(options.bodies);
        if (!file)
            die("cannot read " + options.bodies);
        std::string line;
        while (std::getline(file, line)) {
            const auto tab = line.find('\t');
            if (tab == std::string::npos)
                continue;
            const std::string signature = line.substr(0, tab);
            const std::string body = line.substr(tab + 1);
            requests.push_back("POST " + options.path +
                               " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Content-Type: application/json\r\nX-Hub-Signature-256: " +
                               signature + "\r\nContent-Length: " + std::to_string(body.size()) +
                               "\r\n\r\n" + body);
        }
    }
    if (requests.empty())
        die("no bodies in " + options.bodies);

    const int epoll = ::epoll_create1(0);
    std::vector<Connection> connections(std::size_t(options.connections));
    for (std::size_t i = 0; i < connections.size(); ++i) {
        connections[i].fd = connectTo(options.port);
        epoll_event event{};
        event.events = EPOLLIN | EPOLLOUT | EPOLLET;
        event.data.u64 = i;
        ::epoll_ctl(epoll, EPOLL_CTL_ADD, connections[i].fd, &event);
    }

    const auto interval = std::chrono::duration<double>(1.0 / options.rate);
    const auto start = Clock::now() + std::chrono::milliseconds(100);
    const auto measureFrom = start + std::chrono::duration_cast<Clock::duration>(
                                         std::chrono::duration<double>(options.warmup));
    const auto end = measureFrom + std::chrono::duration_cast<Clock::duration>(
                                       std::chrono::duration<double>(options.seconds));
    std::size_t nextIndex = 0;
    std::size_t sentIndex = 0;
    std::deque<Clock::time_point> backlog; // due times waiting for a free connection
    std::vector<double> latenciesUs;
    latenciesUs.reserve(std::size_t(options.rate * options.seconds * 1.2));
    std::size_t non2xx = 0;
    std::size_t completed = 0;
    std::size_t inFlight = 0;

    auto flush = [&](Connection &c) {
        while (c.written < c.out.size()) {
            const ssize_t n =
                ::send(c.fd, c.out.data() + c.written, c.out.size() - c.written, MSG_NOSIGNAL);
            if (n < 0) {
                if (errno == EAGAIN)
                    return;
                die(std::string("send failed: ") + std::strerror(errno));
            }
            c.written += std::size_t(n);
        }
    };
    auto dispatch = [&](Clock::time_point now) {
        while (true) {
            const auto due =
                start + std::chrono::duration_cast<Clock::duration>(interval * double(nextIndex));
            if (due > now || due >= end)
                break;
            backlog.push_back(due);
            ++nextIndex;
        }
        for (auto &c : connections) {
            if (backlog.empty())
                break;
            if (c.busy)
                continue;
            c.busy = true;
            c.due = backlog.front();
            c.measured = c.due >= measureFrom;
            backlog.pop_front();
            c.out = requests[sentIndex++ % requests.size()];
            c.written = 0;
            ++inFlight;
            flush(c);
        }
    };

    std::vector<epoll_event> events(connections.size());
    while (true) {
        const auto now = Clock::now();
        dispatch(now);
        if (now >= end && backlog.empty() && inFlight == 0)
            break;
        if (now >= end + std::chrono::seconds(10))
            break; // give stragglers ten seconds, then report what we have
        const auto nextDue =
            start + std::chrono::duration_cast<Clock::duration>(interval * double(nextIndex));
        const auto waitUs =
            std::chrono::duration_cast<std::chrono::microseconds>(nextDue - now).count();
        // Sleep exactly until the next due time (epoll_pwait2 takes nanoseconds): a
        // millisecond-granular wait would either spin a core that the server needs or send late.
        const long sleepUs = backlog.empty() ? std::clamp<long>(waitUs, 0, 5000) : 0;
        const timespec timeout{sleepUs / 1000000, (sleepUs % 1000000) * 1000};
        const int n = ::epoll_pwait2(epoll, events.data(), int(events.size()), &timeout, nullptr);
        for (int e = 0; e < n; ++e) {
            Connection &c = connections[events[std::size_t(e)].data.u64];
            if (events[std::size_t(e)].events & EPOLLOUT)
                flush(c);
            if (!(events[std::size_t(e)].events & EPOLLIN))
                continue;
            char buffer[16384];
            while (true) {
                const ssize_t got = ::recv(c.fd, buffer, sizeof buffer, 0);
                if (got > 0) {
                    c.in.append(buffer, std::size_t(got));
                    continue;
                }
                if (got == 0)
                    die("server closed a connection");
                if (errno == EAGAIN)
                    break;
                die(std::string("recv failed: ") + std::strerror(errno));
            }
            int status = 0;
            while (const std::size_t length = completeResponse(c.in, &status)) {
                c.in.erase(0, length);
                const auto done = Clock::now();
                if (c.measured) {
                    latenciesUs.push_back(
                        std::chrono::duration<double, std::micro>(done - c.due).count());
                    if (status < 200 || status >= 300)
                        ++non2xx;
                }
                ++completed;
                c.busy = false;
                --inFlight;
            }
        }
    }

    std::sort(latenciesUs.begin(), latenciesUs.end());
    const double achieved = double(latenciesUs.size()) / options.seconds;
    const double p50 = percentile(latenciesUs, 0.50) / 1000;
    const double p90 = percentile(latenciesUs, 0.90) / 1000;
    const double p99 = percentile(latenciesUs, 0.99) / 1000;
    const double p999 = percentile(latenciesUs, 0.999) / 1000;
    const double max = latenciesUs.empty() ? 0 : latenciesUs.back() / 1000;
    std::printf("offered %.0f req/s for %.0f s (after %.0f s warm-up) on %d connections\n",
                options.rate, options.seconds, options.warmup, options.connections);
    std::printf("answered %.0f req/s, non-2xx %zu, unanswered %zu\n", achieved, non2xx, inFlight);
    std::printf("latency ms: p50 %.3f  p90 %.3f  p99 %.3f  p99.9 %.3f  max %.3f\n", p50, p90, p99,
                p999, max);
    std::printf(
        "{\"offered\":%.0f,\"answered_per_s\":%.1f,\"non2xx\":%zu,\"unanswered\":%zu,"
        "\"p50_ms\":%.3f,\"p90_ms\":%.3f,\"p99_ms\":%.3f,\"p999_ms\":%.3f,\"max_ms\":%.3f}\n",
        options.rate, achieved, non2xx, inFlight, p50, p90, p99, p999, max);
    return (non2xx == 0 && inFlight == 0) ? 0 : 1;
}
