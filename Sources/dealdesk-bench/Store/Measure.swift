import Foundation

/// Small timing and process helpers for the store benchmark.
enum Measure {
  static let clock = ContinuousClock()

  static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
  }

  /// Seconds `body` took.
  static func time(_ body: () throws -> Void) rethrows -> Double {
    let t0 = clock.now
    try body()
    return seconds(clock.now - t0)
  }

  /// CPU seconds of the whole process so far, every thread: steadier than the wall clock
  /// on a shared machine, and it counts the journal's writer thread too.
  static func cpuSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
  }

  /// `--name N` among `arguments`, when given as a number.
  static func option(_ name: String, in arguments: [String]) -> Int? {
    guard let at = arguments.firstIndex(of: name), at + 1 < arguments.count else { return nil }
    return Int(arguments[at + 1].replacingOccurrences(of: "_", with: ""))
  }

  /// `--name 1,2,3` among `arguments`.
  static func list(_ name: String, in arguments: [String]) -> [Int]? {
    guard let at = arguments.firstIndex(of: name), at + 1 < arguments.count else { return nil }
    let values = arguments[at + 1].split(separator: ",").compactMap { Int($0.replacingOccurrences(of: "_", with: "")) }
    return values.isEmpty ? nil : values
  }

  static func median(_ xs: [Double]) -> Double {
    guard !xs.isEmpty else { return .nan }
    return xs.sorted()[xs.count / 2]
  }

  static func quantile(_ q: Double, _ xs: [Double]) -> Double {
    guard !xs.isEmpty else { return .nan }
    let sorted = xs.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))]
  }

  /// The process's peak resident set (VmHWM), in bytes; 0 if /proc cannot be read.
  static func peakRSS() -> Int { status("VmHWM:") }

  /// Starts the peak resident set again from the resident set now (Linux's clear_refs), so
  /// that a later `peakRSS` is what came after; false when the kernel would not.
  @discardableResult
  static func resetPeak() -> Bool {
    (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil
  }

  /// The process's resident set now (VmRSS), in bytes: after start-up, the desk in memory.
  static func currentRSS() -> Int { status("VmRSS:") }

  private static func status(_ field: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(field) {
      let digits = line.split(separator: " ").compactMap { Int($0) }
      return (digits.first ?? 0) * 1024
    }
    return 0
  }

  /// The bytes of the files directly in a folder (a desk: its snapshot and journal).
  static func folderSize(_ path: String) -> Int {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.reduce(0) { $0 + fileSize("\(path)/\($1)") }
  }

  static func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
  }

  /// Runs a program to the end; nil when it cannot be started. Output is captured, not shown.
  @discardableResult
  static func run(
    _ program: String, _ arguments: [String], stdin: String? = nil, environment: [String: String]? = nil,
    directory: String? = nil
  ) -> (status: Int32, output: String, seconds: Double)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    if let environment { process.environment = environment }
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    let input = Pipe()
    process.standardInput = stdin == nil ? FileHandle.nullDevice : input
    let t0 = clock.now
    do { try process.run() } catch { return nil }
    if let stdin {
      // Written from another thread so a child filling its output pipe cannot deadlock us.
      let data = Data(stdin.utf8)
      let writer = input.fileHandleForWriting
      Thread.detachNewThread {
        writer.write(data)
        try? writer.close()
      }
    }
    let output = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let took = seconds(clock.now - t0)
    return (process.terminationStatus, String(decoding: output, as: UTF8.self), took)
  }

  /// The first of `names` found on PATH.
  static func which(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  static func scratchFolder(_ name: String) -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-bench-\(name)-\(getpid())")
    try? FileManager.default.removeItem(at: url)
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
