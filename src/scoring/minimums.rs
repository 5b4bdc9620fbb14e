//! Category minimums: an attempt that earns less than the rubric's minimum share of a
//! category fails, whatever its total (by default: a test sequence worth a fifth of its
//! points, so guessing without testing cannot pass).

use super::report::{self, CategoryScore, Finding};
use crate::scenario::Rubric;

/// Whether any category is below its minimum (each one below gets a finding).
pub(super) fn below(
    rubric: &Rubric,
    categories: &[CategoryScore],
    findings: &mut Vec<Finding>,
) -> bool {
    let mut any = false;
    for (name, share) in rubric.minimums.by_category() {
        let Some(c) = categories.iter().find(|c| c.name == name) else {
            continue;
        };
        let least = report::round(c.weight * share);
        if share > 0.0 && c.points < least {
            any = true;
            findings.push(Finding::general(
                "minimum",
                format!(
                    "{} earned {} of {}; the rubric asks at least {} to pass",
                    capitalised(name),
                    report::points(c.points),
                    report::points(c.weight),
                    report::points(least)
                ),
                0.0,
            ));
        }
    }
    any
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
