//! Validating a report that has nothing to report allocates nothing. (Counted, not timed:
//! speed is measured in `benches/`.)
#![expect(
    unsafe_code,
    reason = "a global allocator that counts is an unsafe impl"
)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use ogi_report::{Report, validate};

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded unchanged to the system allocator; the counter is a
// thread-local `Cell` with a const initializer, which never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: the caller's contract for `alloc` is the system allocator's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from this allocator, so from the system allocator, with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: as for `dealloc`, and `new_size` is the caller's, checked by its contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_during<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = ALLOCATIONS.with(Cell::get);
    let value = f();
    (value, ALLOCATIONS.with(Cell::get) - before)
}

#[test]
fn validating_a_clean_report_allocates_nothing() {
    let report =
        Report::from_json(include_str!("fixtures/reports/002_luohe_huizu_2022.json")).unwrap();
    let (validation, allocations) = allocations_during(|| validate(&report));
    assert!(validation.is_clean());
    assert_eq!(allocations, 0);
    drop(validation);
}

#[test]
fn a_finding_does_allocate_which_shows_the_counter_works() {
    let mut doc: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/reports/002_luohe_huizu_2022.json")).unwrap();
    doc["review_litigation"]["review"]["total"] = serde_json::json!(1);
    let report = Report::from_value(&doc).unwrap();
    let (validation, allocations) = allocations_during(|| validate(&report));
    assert_eq!(validation.findings.len(), 1);
    assert!(allocations > 0);
}
