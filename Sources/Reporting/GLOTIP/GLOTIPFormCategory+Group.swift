import CaseModel

extension GLOTIPFormCategory {
    /// The category a GLOTIP group is published under; `nil` (no form recorded) is `unknown`.
    ///
    /// - Parameter group: The group of the person's forms of exploitation, as the tallies key it.
    public init(group: GLOTIPExploitationGroup?) {
        switch group {
        case .sexualExploitation: self = .sexualExploitation
        case .forcedLabour: self = .forcedLabour
        case .otherForms: self = .otherForms
        case nil: self = .unknown
        }
    }
}
