import DealdeskCore
import DealdeskStore
import DealdeskTrainer
import Foundation

/// The trainee's finished practices, one JSON line each, in `training-history.jsonl` beside
/// the desk (never in the desk's journal: a practice changes no desk). Appended as each
/// practice ends and flushed to disk, so a score shown is a score kept.
public struct TrainingHistory {
  public struct Entry: Codable, Equatable, Sendable {
    public var at: Date
    public var persona: String
    public var seed: UInt64
    public var deal: Bool
    public var score: Int

    public init(at: Date, persona: String, seed: UInt64, deal: Bool, score: Int) {
      (self.at, self.persona, self.seed, self.deal, self.score) = (at, persona, seed, deal, score)
    }
  }

  public static let fileName = "training-history.jsonl"
  /// Far more than a lifetime of practices (a line is about 120 bytes).
  static let longest = 64 << 20
  /// The trainer's scores: value claimed in percent (DealdeskTrainer's Claim).
  static let scores = 0...100
  let file: URL

  public init(folder: URL) { file = folder.appendingPathComponent(Self.fileName) }

  /// The entries in the order played, how many lines could not be read (skipped, kept in the
  /// file), and why the file itself could not be, if so.
  public func load() -> (entries: [Entry], unreadable: Int, problem: String?) {
    // Read as any file a manager names is: only a plain file, never waited on (a pipe at the
    // name would hang `train`), and never more than a history could be.
    let data: Data
    switch InputFile.read(file.path, limit: Self.longest) {
    case .success(let read): data = read
    case .failure(.missing): return ([], 0, nil)
    case .failure(let problem): return ([], 0, "\(file.path) could not be read (\(Self.describe(problem))); it was left as it is.")
    }
    var entries: [Entry] = []
    var unreadable = 0
    let decoder = Self.decoder
    for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
      // A score the trainer never gives is damage like unreadable JSON: it would be
      // averaged into the trend, where Int.max overflows.
      if let entry = try? decoder.decode(Entry.self, from: Data(line)), Self.scores.contains(entry.score) {
        entries.append(entry)
      } else {
        unreadable += 1
      }
    }
    return (entries, unreadable, nil)
  }

  private static func describe(_ problem: InputFile.Problem) -> String {
    switch problem {
    case .missing: "it is not there"
    case .folder: "it is a folder"
    case .notRegular(let kind): "it is \(kind), not a file"
    case .unreadable(let reason): reason
    case .tooLarge: "it is larger than a practice history can be"
    }
  }

  /// Appends one finished practice; a message a trainee understands if it could not be kept.
  public func append(_ entry: Entry) -> String? {
    var line: Data
    do {
      line = try Self.encoder.encode(entry)
    } catch {
      return "Could not add the score to \(file.path) (\(error.localizedDescription)): the score was not kept."
    }
    line.append(UInt8(ascii: "\n"))
    // The store's writer: created 0600, never through a link, synced before the score is shown.
    do throws(StoreError) {
      try PrivateFile.append(Array(line), to: file.path)
      return nil
    } catch {
      return "\(error.message) The score was not kept."
    }
  }

  private static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.dateEncodingStrategy = .iso8601
    return encoder
  }()

  private static let decoder: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return decoder
  }()
}

extension TrainingHistory {
  /// `train history`: every practice, then the trend.
  public static func render(_ entries: [Entry], unreadable: Int) -> String {
    guard !entries.isEmpty else {
      return "No practice negotiations yet. Type train to start one (train hawk, train partner, … to choose the client)."
    }
    var lines = ["Your practice negotiations (\(entries.count)):"]
    lines.append("  when               client   seed        outcome   score")
    for entry in entries {
      let seed = String(entry.seed)
      lines.append(
        "  \(pad(DeskDate.minute(entry.at), 17))  \(pad(entry.persona, 8)) \(pad(seed, 11)) \(pad(entry.deal ? "deal" : "no deal", 9)) \(entry.score)")
    }
    lines.append(trend(entries.map(\.score)))
    if unreadable > 0 {
      lines.append("(\(unreadable) line\(unreadable == 1 ? "" : "s") of \(fileName) could not be read and \(unreadable == 1 ? "was" : "were") skipped; the file is unchanged.)")
    }
    return lines.joined(separator: "\n")
  }

  /// The latest practices against the ones before them: up to three each, so one lucky
  /// session does not make a trend, and an early one does not weigh for ever.
  static func trend(_ scores: [Int]) -> String {
    guard scores.count >= 2 else { return "Trend: one practice so far; play another to see how you move." }
    let recentCount = min(3, scores.count / 2)
    let recent = Array(scores.suffix(recentCount))
    let before = Array(scores.dropLast(recentCount).suffix(recentCount))
    let (now, then) = (average(recent), average(before))
    let change = now - then
    let direction = change > 0 ? "up \(change) points" : change < 0 ? "down \(-change) points" : "level"
    let label = recentCount == 1 ? "your last score" : "your last \(recentCount) average"
    let earlier = recentCount == 1 ? "the one before" : "the \(recentCount) before"
    return "Trend: \(direction) — \(label) \(now), \(earlier) \(then). Best so far: \(scores.max() ?? 0)."
  }

  /// Rounded half up: the figures are whole points.
  private static func average(_ scores: [Int]) -> Int {
    guard !scores.isEmpty else { return 0 }
    return (scores.reduce(0, +) * 2 + scores.count) / (scores.count * 2)
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}
