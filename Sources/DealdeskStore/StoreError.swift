import Foundation
import Glibc

/// Why the store refused or failed, in words a shop manager can act on: which file, what
/// is wrong, what to do. `kind` lets the app react (offer read-only on `.locked`) without
/// reading the words.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Kind: Sendable, Equatable {
    /// Another Dealdesk holds the desk.
    case locked
    /// The store was opened read-only and was asked to save.
    case readOnly
    /// The desk was written by a newer Dealdesk.
    case newerVersion
    /// A file is there but cannot be understood; nothing was changed.
    case damaged
    /// The disk or the operating system refused (full disk, permissions, I/O error).
    case io
    /// Dealdesk itself asked for something impossible (a bug, not the user's doing).
    case misuse
    /// Another writer of a shared journal kept committing first; nothing was saved.
    case overtaken
    /// A shared journal's server cannot be reached; nothing was saved.
    case unreachable
    /// A shared journal's server stopped answering while the change was being saved: it
    /// may or may not have been, and the next catch-up tells which.
    case inDoubt
  }

  public var message: String
  public var kind: Kind
  public var description: String { message }

  public init(message: String, kind: Kind = .io) {
    self.message = message
    self.kind = kind
  }
}

extension StoreError {
  static func locked(holder: LockHolder?) -> StoreError {
    let who = holder.map { " (\($0))" } ?? ""
    return StoreError(
      message: "This desk is open in another Dealdesk\(who). Close it there, or open with --read-only to look.",
      kind: .locked)
  }

  public static var readOnly: StoreError {
    StoreError(
      message: "This desk is open read-only, so nothing can be saved. Open it again without --read-only to make changes.",
      kind: .readOnly)
  }

  static func closed(_ folder: String) -> StoreError {
    StoreError(
      message: "The desk in \(folder) has been closed, so nothing more can be saved. Open it again to go on.",
      kind: .misuse)
  }

  static func newerVersion(found: Int, readable: Int) -> StoreError {
    StoreError(
      message: "This desk was written by a newer Dealdesk (format \(found)); this one reads up to \(readable). Update Dealdesk.",
      kind: .newerVersion)
  }

  static func badJournalLine(_ file: String, line: Int, reason: String) -> StoreError {
    StoreError(
      message: """
        Line \(line) of \(file) cannot be read: \(reason).
        Dealdesk has changed nothing. To set that line aside and open the desk, run: \(repairCommand(file))
        (it keeps a copy of the journal as it is now), or restore the file from a backup.
        """,
      kind: .damaged)
  }

  static func badSnapshot(_ file: String, reason: String) -> StoreError {
    StoreError(
      message: """
        \(file) cannot be read: \(reason).
        Dealdesk has changed nothing. To rebuild the desk from its journal, run: \(repairCommand(file))
        (it keeps this file as a copy, and says plainly if anything cannot be rebuilt), or restore the file from a backup.
        """,
      kind: .damaged)
  }

  /// Undo's file is never needed to open the desk, so this is said when undo asks for it.
  static func badUndo(_ file: String, reason: String) -> StoreError {
    StoreError(message: "\(file) cannot be read: \(reason).", kind: .damaged)
  }

  static func notADesk(_ file: String, format: String?) -> StoreError {
    let found = format.map { "its format is \"\($0)\", not \"dealdesk\"" } ?? "it has no \"format\": \"dealdesk\""
    return StoreError(
      message: """
        \(file) is not a Dealdesk desk (\(found)).
        Dealdesk has changed nothing. Check that this is the right folder; if it is, run: \(repairCommand(file))
        (it keeps this file as a copy), or restore the file from a backup.
        """,
      kind: .damaged)
  }

  /// The command that repairs the desk holding `file`, with its folder spelled out (even
  /// when it is the default one) so it can be pasted as it is.
  static func repairCommand(_ file: String) -> String {
    "dealdesk --data \(shellWord((file as NSString).deletingLastPathComponent)) repair"
  }

  /// A path as one shell word: quoted only when it needs to be.
  static func shellWord(_ text: String) -> String {
    let plain = text.utf8.allSatisfy { byte in
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || "/._-+:@,".utf8.contains(byte)
    }
    if plain && !text.isEmpty { return text }
    return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  static func nothingToRepair(_ folder: String) -> StoreError {
    StoreError(message: "There is no desk in \(folder), so there is nothing to repair. Check the folder given with --data.")
  }

  /// Repair refuses rather than lose a desk the journal cannot rebuild, and says so.
  static func cannotRebuild(_ folder: DeskFolder, _ problem: String, lost: String) -> StoreError {
    StoreError(
      message: """
        \(problem)
        \(lost)
        Nothing was changed. Restore the desk folder from a backup if you have one; or, to keep both files as copies and start an empty desk, run: dealdesk --data \(shellWord(folder.path)) repair --start-empty
        """,
      kind: .damaged)
  }

  static func cannotKeepCopy(_ file: String, _ error: Errno) -> StoreError {
    StoreError(message: "Could not keep a copy of \(file) before repairing it: \(error.text). Nothing was changed; \(advice(error))")
  }

  static func notAFolder(_ path: String) -> StoreError {
    StoreError(
      message: "\(path) is a file, not a folder, so it cannot hold a desk. Choose another place for the desk.",
      kind: .io)
  }

  /// Whoever owns a folder decides what is in it; root opening a user's desk would write
  /// through whatever that user put there.
  static func folderNotYours(_ path: String, owner: String) -> StoreError {
    StoreError(
      message: """
        The desk folder \(path) belongs to \(owner), not to you, so Dealdesk will not open it: \
        the owner of a folder decides what is in it, and Dealdesk would be writing through their files. \
        Nothing was changed. Open the desk as \(owner); or, if the folder is meant to be yours, \
        take it over first (chown -R \(OpenFolder.userName(geteuid())) \(shellWord(path))).
        """)
  }

  /// A folder others can write to lets them plant a link where the desk writes a file.
  static func folderOthersCanChange(_ path: String, mode: mode_t) -> StoreError {
    StoreError(
      message: """
        The desk folder \(path) can be changed by other users (its mode is \(String(mode, radix: 8))), \
        so Dealdesk will not open it: anyone who can add files there could make Dealdesk write \
        over a file of yours elsewhere. Nothing was changed. Make the folder yours alone, \
        then open the desk again: chmod 700 \(shellWord(path))
        """)
  }

  /// A link, pipe, device or folder where the desk keeps a file of its own.
  static func notAPlainFile(_ file: String, _ what: String) -> StoreError {
    StoreError(
      message: """
        \(file) is \(what), not a plain file, so Dealdesk will not open it: \
        writing through it could change a file outside the desk. Nothing was changed. \
        If you put it there, replace it with a plain copy of the file; if you did not, \
        someone else has been in your desk folder: check its files (ls -la \(shellWord((file as NSString).deletingLastPathComponent))) before going on.
        """)
  }

  /// The journal no longer ends where this Dealdesk last wrote: appending would put an
  /// entry after lines it has never read (and a compaction would drop them).
  static func journalChanged(_ file: String) -> StoreError {
    StoreError(
      message: """
        \(file) was changed by something other than this Dealdesk while the desk was open \
        (another program wrote to it, or replaced it), so this was not saved: Dealdesk never \
        writes after lines it has not read. What is in the file was left as it is. \
        Quit, and open the desk again to read it.
        """)
  }

  static func cannotCreateFolder(_ path: String, _ error: Errno) -> StoreError {
    StoreError(message: "Could not create the desk folder \(path): \(error.text); \(advice(error))")
  }

  static func cannotRead(_ file: String, _ error: Errno) -> StoreError {
    StoreError(message: "Could not read \(file): \(error.text). Nothing was changed; \(advice(error))")
  }

  static func cannotLock(_ file: String, _ error: Errno) -> StoreError {
    StoreError(message: "Could not lock \(file): \(error.text). Nothing was changed; \(advice(error))")
  }

  /// The one message for a save that did not happen; the store has cut back any partial
  /// write before this is shown, so "nothing was changed" is true.
  static func cannotSave(_ file: String, _ error: Errno) -> StoreError {
    StoreError(message: "Could not save to \(file): \(error.text). Nothing was changed; \(advice(error))")
  }

  static func cannotSetAside(_ journal: String, _ error: Errno) -> StoreError {
    StoreError(
      message: """
        The last entry in \(journal) is incomplete, and it could not be set aside: \(error.text).
        Nothing was changed; \(advice(error))
        """)
  }

  /// Compaction writes the snapshot first; when only the second step fails the data is
  /// whole, and the message must not alarm.
  static func cannotShortenJournal(snapshot: String, journal: String, _ error: Errno) -> StoreError {
    StoreError(
      message: """
        The desk was saved to \(snapshot), but \(journal) could not be shortened: \(error.text).
        Nothing is lost; \(advice(error))
        """)
  }

  static func cannotEncode(_ what: String, reason: String) -> StoreError {
    StoreError(
      message: "Dealdesk could not write \(what) as JSON (\(reason)). Nothing was changed. This is a bug in Dealdesk; please report it.",
      kind: .misuse)
  }

  static func seqNotAfter(_ seq: Int, _ floor: Int, what: String) -> StoreError {
    StoreError(
      message: "Dealdesk tried to save \(what) \(seq), which is not after the saved desk (\(floor)). Nothing was changed. This is a bug in Dealdesk; please report it.",
      kind: .misuse)
  }

  static func snapshotBehind(_ seq: Int, saved: Int) -> StoreError {
    StoreError(
      message: "Dealdesk tried to save the desk as of entry \(seq), which is older than the saved desk (entry \(saved)). Nothing was changed. This is a bug in Dealdesk; please report it.",
      kind: .misuse)
  }

  static func noDesk(_ folder: String) -> String {
    "There is no desk in \(folder) yet, so there is nothing to show."
  }

  /// What to do about an errno, as the end of a sentence.
  static func advice(_ error: Errno) -> String {
    switch error.code {
    case ENOSPC, EDQUOT: "free some space and try again."
    case EACCES, EPERM: "check that the desk folder and its files belong to you (ls -l) and try again."
    case EROFS: "the disk is read-only; save the desk somewhere else."
    case EFBIG: "no desk file is that large, so it was damaged on the disk; restore it from a backup, or move it out of the desk folder."
    default: "check the disk and try again."
    }
  }
}
