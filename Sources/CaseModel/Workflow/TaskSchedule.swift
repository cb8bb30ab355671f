import Foundation

/// Where a task stands.
public enum TaskStatus: String, CodeList {
    case open = "Open"
    case done = "Done"
    case cancelled = "Cancelled"

    public static let field = "tsk_Status"
    public static let labelPrefix = "taskStatus"
}

/// Who made a task: a person, or the follow-up job for a pending referral.
public enum TaskKind: String, CodeList {
    case manual = "Manual"
    case referralFollowUp = "ReferralFollowUp"

    public static let field = "tsk_Kind"
    public static let labelPrefix = "taskKind"
}

/// The date rules of tasks and follow-ups.
///
/// Days are UTC days, like every "today" in Libertas (``PartialDate/today(_:)``):
/// a national system has one calendar for everyone, and a due date stored as a
/// day compares the same on every server. A task due on a day is overdue from
/// midnight UTC at the end of that day.
public enum TaskSchedule {
    /// Whether a task is overdue on `today`: still open, and due before today.
    public static func isOverdue(status: TaskStatus, dueOn: PartialDate, today: PartialDate) -> Bool {
        status == .open && dueOn < today
    }

    /// Whether a due date may be given to a new or changed task: a whole day, not before today.
    public static func acceptsDueDate(_ dueOn: PartialDate, today: PartialDate) -> Bool {
        dueOn.day != nil && !(dueOn < today)
    }

    /// The moment before which a referral still pending needs a follow-up:
    /// `days` whole days before `now`.
    public static func followUpCutoff(now: Date, afterDays days: Int) -> Date {
        now.addingTimeInterval(-Double(days) * 86_400)
    }

    /// Whether a referral made at `referredAt` and now in `status` needs a follow-up task.
    public static func needsFollowUp(status: ReferralStatus, referredAt: Date, now: Date, afterDays days: Int) -> Bool {
        status == .pending && referredAt <= followUpCutoff(now: now, afterDays: days)
    }
}
