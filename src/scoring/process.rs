//! Process scoring: whether each test could tell apart the causes still possible when
//! it was run, and the fewest tests that would have isolated the cause in the worst case.

use std::collections::{BTreeMap, HashMap};

/// What each test shows for each cause (causes not listed read "normal").
pub type TestTable = BTreeMap<String, BTreeMap<String, String>>;

const NORMAL: &str = "normal";

fn label<'a>(table: &'a TestTable, test: &str, cause: &str) -> &'a str {
    table
        .get(test)
        .and_then(|t| t.get(cause))
        .map_or(NORMAL, String::as_str)
}

/// Whether the test splits the candidates into at least two groups.
pub fn splits(table: &TestTable, test: &str, candidates: &[String]) -> bool {
    let mut labels = candidates.iter().map(|c| label(table, test, c));
    let Some(first) = labels.next() else {
        return false;
    };
    labels.any(|l| l != first)
}

/// The candidates that read as the true cause does on this test.
pub fn narrow(table: &TestTable, test: &str, candidates: &[String], truth: &str) -> Vec<String> {
    let seen = label(table, test, truth);
    candidates
        .iter()
        .filter(|c| label(table, test, c) == seen)
        .cloned()
        .collect()
}

/// The fewest tests that isolate any one of the candidates, whichever it turns out to
/// be (0 when one is left, or when no test can tell the rest apart).
pub fn fewest_tests(table: &TestTable, candidates: &[String]) -> u32 {
    let index: Vec<&String> = candidates.iter().collect();
    let all: u64 = if candidates.len() >= 64 {
        u64::MAX
    } else {
        (1u64 << candidates.len()) - 1
    };
    // Each test's partition of the candidates, as bit masks per label.
    let partitions: Vec<Vec<u64>> = table
        .keys()
        .map(|test| {
            let mut groups: BTreeMap<&str, u64> = BTreeMap::new();
            for (i, c) in index.iter().enumerate() {
                *groups.entry(label(table, test, c)).or_default() |= 1 << i;
            }
            groups.into_values().collect()
        })
        .collect();
    let mut memo = HashMap::new();
    worst_case(all, &partitions, &mut memo)
}

fn worst_case(set: u64, partitions: &[Vec<u64>], memo: &mut HashMap<u64, u32>) -> u32 {
    if set.count_ones() <= 1 {
        return 0;
    }
    if let Some(&cost) = memo.get(&set) {
        return cost;
    }
    let mut best: Option<u32> = None;
    for groups in partitions {
        let parts: Vec<u64> = groups.iter().map(|g| g & set).filter(|g| *g != 0).collect();
        if parts.len() < 2 {
            continue;
        }
        let worst = parts
            .iter()
            .map(|&part| worst_case(part, partitions, memo))
            .max()
            .unwrap_or(0);
        best = Some(best.map_or(worst + 1, |b: u32| b.min(worst + 1)));
    }
    // Nothing tells the rest apart: no test can do better than none.
    let cost = best.unwrap_or(0);
    memo.insert(set, cost);
    cost
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[(&str, &[(&str, &str)])]) -> TestTable {
        rows.iter()
            .map(|(test, causes)| {
                (
                    test.to_string(),
                    causes
                        .iter()
                        .map(|(c, l)| (c.to_string(), l.to_string()))
                        .collect(),
                )
            })
            .collect()
    }

    #[test]
    fn binary_tests_need_as_many_as_there_are_suspects_less_one() {
        let t = table(&[
            ("a", &[("d0", "open")]),
            ("b", &[("d1", "open")]),
            ("c", &[("d2", "open")]),
        ]);
        let c: Vec<String> = ["d0", "d1", "d2", "d3"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(fewest_tests(&t, &c), 3);
        assert!(splits(&t, "a", &c));
        assert_eq!(narrow(&t, "a", &c, "d2"), vec!["d1", "d2", "d3"]);
    }

    #[test]
    fn one_test_that_shows_each_cause_differently_is_enough() {
        let t = table(&[("look", &[("x", "1"), ("y", "2"), ("z", "3")])]);
        let c: Vec<String> = ["x", "y", "z"].iter().map(|s| s.to_string()).collect();
        assert_eq!(fewest_tests(&t, &c), 1);
        assert_eq!(fewest_tests(&t, &c[..1]), 0);
    }
}
