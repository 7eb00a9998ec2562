//! `docs/rules.md` (written by `cargo xtask generate`, compared by `generated`) lists every
//! rule the code has, and each example is a finding of its rule.

use ogi_report::findings::Rule;
use xtask::rules::example;

const COMMITTED: &str = include_str!("../docs/rules.md");

#[test]
fn every_rule_in_the_document_exists_in_the_code_and_the_reverse() {
    let documented: Vec<&str> = COMMITTED
        .lines()
        .filter_map(|line| line.strip_prefix("## `")?.strip_suffix('`'))
        .collect();
    let in_code: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
    assert_eq!(documented, in_code);
}

#[test]
fn each_example_is_of_its_rule_and_severity() {
    for rule in Rule::ALL {
        let f = example(*rule);
        assert_eq!((f.rule, f.severity), (*rule, rule.severity()));
    }
}
