import Foundation

/// Timings of one benchmark stage over several repetitions.
struct Measurement {
    var name: String
    var seconds: [Double]
    var bytes: Int
    var messages: Int

    var sorted: [Double] { seconds.sorted() }
    /// Throughput figures for the fastest, the median and the slowest repetition.
    var megabytesPerSecond: (min: Double, median: Double, max: Double) {
        let values = sorted.map { Double(bytes) / 1_000_000 / $0 }
        return (values.last!, values[values.count / 2], values.first!)
    }
    var messagesPerSecond: (min: Double, median: Double, max: Double) {
        let values = sorted.map { Double(messages) / $0 }
        return (values.last!, values[values.count / 2], values.first!)
    }

    /// Runs `body` `repetitions` times and records the wall-clock time of each run.
    static func run(_ name: String, repetitions: Int, bytes: Int, messages: Int, _ body: () -> Void) -> Measurement {
        var seconds: [Double] = []
        for _ in 0..<repetitions {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return Measurement(name: name, seconds: seconds, bytes: bytes, messages: messages)
    }

    var text: String {
        guard !seconds.isEmpty else { return "\(name): not run" }
        let mb = megabytesPerSecond
        let msgs = messagesPerSecond
        return String(
            format: "%-28@ MB/s min %8.1f  median %8.1f  max %8.1f   messages/s median %9.0f",
            name as NSString, mb.min, mb.median, mb.max, msgs.median)
    }

    var json: String {
        guard !seconds.isEmpty else { return "{\"stage\":\"\(name)\",\"repetitions\":0}" }
        let mb = megabytesPerSecond
        let msgs = messagesPerSecond
        return """
            {"stage":"\(name)","bytes":\(bytes),"messages":\(messages),"repetitions":\(seconds.count),\
            "mb_per_s":{"min":\(mb.min),"median":\(mb.median),"max":\(mb.max)},\
            "messages_per_s":{"min":\(msgs.min),"median":\(msgs.median),"max":\(msgs.max)}}
            """
    }
}
