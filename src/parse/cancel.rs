//! Stopping a parse from outside: a flag another thread sets, or a deadline. The readers look
//! at it between their stages and every few thousand steps inside them (a page of a PDF and
//! a few thousand of its operators, a few thousand nodes of an HTML page, a paragraph or row
//! of a Word document), and give [`ParseError::Cancelled`](super::ParseError::Cancelled) once
//! it is set.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use super::ParseError;

/// What stops a parse: a shared flag, a deadline, both or neither. Two are equal when they
/// share their flag (or both have none) and their deadline.
#[derive(Debug, Clone, Default)]
pub(crate) struct Cancel {
    flag: Option<Arc<AtomicBool>>,
    deadline: Option<Instant>,
}

impl PartialEq for Cancel {
    fn eq(&self, other: &Cancel) -> bool {
        let same_flag = match (&self.flag, &other.flag) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        same_flag && self.deadline == other.deadline
    }
}

impl Eq for Cancel {}

impl Cancel {
    pub(crate) fn with_flag(mut self, flag: Arc<AtomicBool>) -> Cancel {
        self.flag = Some(flag);
        self
    }

    pub(crate) fn with_deadline(mut self, deadline: Instant) -> Cancel {
        self.deadline = Some(match self.deadline {
            Some(earlier) => earlier.min(deadline),
            None => deadline,
        });
        self
    }

    /// Whether the parse is to stop: the flag is set or the deadline has passed.
    pub(crate) fn is_set(&self) -> bool {
        self.flag
            .as_ref()
            .is_some_and(|flag| flag.load(Ordering::Relaxed))
            || self.deadline.is_some_and(|at| Instant::now() >= at)
    }

    /// [`ParseError::Cancelled`] once the parse is to stop.
    pub(crate) fn check(&self) -> Result<(), ParseError> {
        if self.is_set() {
            Err(ParseError::Cancelled)
        } else {
            Ok(())
        }
    }

    /// A counter that looks at the flag every `every` steps.
    pub(crate) fn poll(&self, every: u32) -> Poll<'_> {
        Poll {
            cancel: self,
            every,
            left: every,
        }
    }
}

/// Looks at a [`Cancel`] once every so many steps, so that a tight loop pays one atomic load
/// (and, with a deadline, one clock read) per thousands of steps.
pub(crate) struct Poll<'a> {
    cancel: &'a Cancel,
    every: u32,
    left: u32,
}

impl Poll<'_> {
    /// Counts a step; every `every` steps, [`ParseError::Cancelled`] if the parse is to stop.
    #[inline]
    pub(crate) fn step(&mut self) -> Result<(), ParseError> {
        self.left -= 1;
        if self.left == 0 {
            self.left = self.every;
            self.cancel.check()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(any(feature = "html", feature = "docx"))]
    #[test]
    fn a_poll_looks_at_the_flag_once_every_so_many_steps() {
        let flag = Arc::new(AtomicBool::new(false));
        let cancel = Cancel::default().with_flag(flag.clone());
        let mut poll = cancel.poll(3);
        assert_eq!(poll.step(), Ok(()));
        flag.store(true, Ordering::Relaxed);
        assert_eq!(poll.step(), Ok(()));
        assert_eq!(poll.step(), Err(ParseError::Cancelled));
        assert_eq!(poll.step(), Ok(()));
    }

    #[test]
    fn a_deadline_passed_cancels_and_the_earlier_of_two_holds() {
        let now = Instant::now();
        let past = Cancel::default().with_deadline(now);
        assert!(past.is_set());
        let later = now + std::time::Duration::from_secs(3600);
        assert!(!Cancel::default().with_deadline(later).is_set());
        assert!(
            Cancel::default()
                .with_deadline(later)
                .with_deadline(now)
                .is_set()
        );
        assert!(!Cancel::default().is_set());
    }

    #[test]
    fn cancels_are_equal_when_they_share_their_flag() {
        let flag = Arc::new(AtomicBool::new(false));
        let a = Cancel::default().with_flag(flag.clone());
        assert_eq!(a, a.clone());
        assert_ne!(
            a,
            Cancel::default().with_flag(Arc::new(AtomicBool::new(false)))
        );
        assert_ne!(a, Cancel::default());
        assert_eq!(Cancel::default(), Cancel::default());
    }
}
