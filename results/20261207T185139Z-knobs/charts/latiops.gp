# Written by vlab-report: latiops charts, drawn from latiops.csv only.
# Re-draw with: cd charts; gnuplot latiops.gp (vlab-report sets sfx to a
# temporary suffix and renames the pictures when gnuplot succeeds).
if (!exists('sfx')) sfx = ''
set datafile separator ','
set datafile missing 'NaN'
set key outside right top
set grid
set bmargin 5 # room for the TCG note under the axis label
sel(rw, bs, nj, cfg) = strcol(1) eq rw && strcol(2) eq bs && column(3) == nj && strcol(5) eq cfg
set xrange [0:*]
set yrange [0:*]
set offsets 0, graph 0.05, graph 0.08, 0 # room for the depth labels
set xlabel 'IOPS: median over repetitions'
set ylabel 'mean completion latency (us): median, a dot per repetition'

# Mean latency against IOPS, a point per queue depth: randread, bs 4k, numjobs 1
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 900, 520
    } else {
      set terminal png noenhanced size 900, 520
    }
  } else {
    set terminal svg noenhanced size 900, 520
  }
  set output 'latiops-randread-4k-j1.'.fmt.sfx
  set title 'Mean latency against IOPS, a point per queue depth: randread, bs 4k, numjobs 1'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  plot \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'ours/blkd-ram') ? $7 : NaN):8 with linespoints linetype 1 title 'ours/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $8 : NaN):10 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'ours/qsd-ram') ? $7 : NaN):8 with linespoints linetype 2 title 'ours/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $8 : NaN):10 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'aa/blkd-ram') ? $7 : NaN):8 with linespoints linetype 3 title 'aa/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $8 : NaN):10 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'aa/qsd-ram') ? $7 : NaN):8 with linespoints linetype 4 title 'aa/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $8 : NaN):10 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'prealloc/blkd-ram') ? $7 : NaN):8 with linespoints linetype 5 title 'prealloc/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $8 : NaN):10 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'prealloc/qsd-ram') ? $7 : NaN):8 with linespoints linetype 6 title 'prealloc/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $8 : NaN):10 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'prealloc-4m/blkd-ram') ? $7 : NaN):8 with linespoints linetype 7 title 'prealloc-4m/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $8 : NaN):10 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'prealloc-4m/qsd-ram') ? $7 : NaN):8 with linespoints linetype 8 title 'prealloc-4m/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $8 : NaN):10 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'hugepage/blkd-ram') ? $7 : NaN):8 with linespoints linetype 9 title 'hugepage/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $8 : NaN):10 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'hugepage/qsd-ram') ? $7 : NaN):8 with linespoints linetype 10 title 'hugepage/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $8 : NaN):10 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'hugepage-4m/blkd-ram') ? $7 : NaN):8 with linespoints linetype 11 title 'hugepage-4m/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $8 : NaN):10 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'hugepage-4m/qsd-ram') ? $7 : NaN):8 with linespoints linetype 12 title 'hugepage-4m/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $8 : NaN):10 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'lazy-1m/blkd-ram') ? $7 : NaN):8 with linespoints linetype 13 title 'lazy-1m/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $8 : NaN):10 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'lazy-1m/qsd-ram') ? $7 : NaN):8 with linespoints linetype 14 title 'lazy-1m/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $8 : NaN):10 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'lazy-4m/blkd-ram') ? $7 : NaN):8 with linespoints linetype 15 title 'lazy-4m/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $8 : NaN):10 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'lazy-4m/qsd-ram') ? $7 : NaN):8 with linespoints linetype 16 title 'lazy-4m/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $8 : NaN):10 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'direct/blkd-ram') ? $7 : NaN):8 with linespoints linetype 17 dashtype (12, 6) title 'direct/blkd-ram (unsafe)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $8 : NaN):10 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'direct/qsd-ram') ? $7 : NaN):8 with linespoints linetype 18 dashtype (12, 6) title 'direct/qsd-ram (unsafe)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $8 : NaN):10 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'runs/blkd-ram') ? $7 : NaN):8 with linespoints linetype 19 title 'runs/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $8 : NaN):10 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'runs/qsd-ram') ? $7 : NaN):8 with linespoints linetype 20 title 'runs/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $8 : NaN):10 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'nocache/blkd-ram') ? $7 : NaN):8 with linespoints linetype 21 title 'nocache/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $8 : NaN):10 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'nocache/qsd-ram') ? $7 : NaN):8 with linespoints linetype 22 title 'nocache/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $8 : NaN):10 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'iova-plain/blkd-ram') ? $7 : NaN):8 with linespoints linetype 23 title 'iova-plain/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $8 : NaN):10 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'iova-plain/qsd-ram') ? $7 : NaN):8 with linespoints linetype 24 title 'iova-plain/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $8 : NaN):10 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'kick-work/blkd-ram') ? $7 : NaN):8 with linespoints linetype 25 title 'kick-work/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $8 : NaN):10 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'kick-work/qsd-ram') ? $7 : NaN):8 with linespoints linetype 26 title 'kick-work/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $8 : NaN):10 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'kick-coalesce/blkd-ram') ? $7 : NaN):8 with linespoints linetype 27 title 'kick-coalesce/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $8 : NaN):10 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'kick-coalesce/qsd-ram') ? $7 : NaN):8 with linespoints linetype 28 title 'kick-coalesce/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $8 : NaN):10 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'inject-direct/blkd-ram') ? $7 : NaN):8 with linespoints linetype 29 title 'inject-direct/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $8 : NaN):10 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'inject-direct/qsd-ram') ? $7 : NaN):8 with linespoints linetype 30 title 'inject-direct/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $8 : NaN):10 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'inject-coalesce/blkd-ram') ? $7 : NaN):8 with linespoints linetype 31 title 'inject-coalesce/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $8 : NaN):10 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'inject-coalesce/qsd-ram') ? $7 : NaN):8 with linespoints linetype 32 title 'inject-coalesce/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $8 : NaN):10 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'irq-sticky/blkd-ram') ? $7 : NaN):8 with linespoints linetype 33 title 'irq-sticky/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $8 : NaN):10 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'irq-sticky/qsd-ram') ? $7 : NaN):8 with linespoints linetype 34 title 'irq-sticky/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $8 : NaN):10 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'irq-local/blkd-ram') ? $7 : NaN):8 with linespoints linetype 35 title 'irq-local/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $8 : NaN):10 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'irq-local/qsd-ram') ? $7 : NaN):8 with linespoints linetype 36 title 'irq-local/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $8 : NaN):10 with points linetype 36 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'ours/blkd-ram') ? $7 : NaN):8:('QD '.strcol(4)) with labels offset char 0, 1 textcolor rgb '#404040' notitle
  unset label 1
  set output
}

# Mean latency against IOPS, a point per queue depth: randwrite, bs 4k, numjobs 1
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 900, 520
    } else {
      set terminal png noenhanced size 900, 520
    }
  } else {
    set terminal svg noenhanced size 900, 520
  }
  set output 'latiops-randwrite-4k-j1.'.fmt.sfx
  set title 'Mean latency against IOPS, a point per queue depth: randwrite, bs 4k, numjobs 1'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  plot \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'ours/blkd-ram') ? $7 : NaN):8 with linespoints linetype 1 title 'ours/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $8 : NaN):10 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'ours/qsd-ram') ? $7 : NaN):8 with linespoints linetype 2 title 'ours/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $8 : NaN):10 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'aa/blkd-ram') ? $7 : NaN):8 with linespoints linetype 3 title 'aa/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $8 : NaN):10 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'aa/qsd-ram') ? $7 : NaN):8 with linespoints linetype 4 title 'aa/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $8 : NaN):10 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'prealloc/blkd-ram') ? $7 : NaN):8 with linespoints linetype 5 title 'prealloc/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $8 : NaN):10 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'prealloc/qsd-ram') ? $7 : NaN):8 with linespoints linetype 6 title 'prealloc/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $8 : NaN):10 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'prealloc-4m/blkd-ram') ? $7 : NaN):8 with linespoints linetype 7 title 'prealloc-4m/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $8 : NaN):10 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'prealloc-4m/qsd-ram') ? $7 : NaN):8 with linespoints linetype 8 title 'prealloc-4m/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $8 : NaN):10 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'hugepage/blkd-ram') ? $7 : NaN):8 with linespoints linetype 9 title 'hugepage/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $8 : NaN):10 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'hugepage/qsd-ram') ? $7 : NaN):8 with linespoints linetype 10 title 'hugepage/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $8 : NaN):10 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'hugepage-4m/blkd-ram') ? $7 : NaN):8 with linespoints linetype 11 title 'hugepage-4m/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $8 : NaN):10 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'hugepage-4m/qsd-ram') ? $7 : NaN):8 with linespoints linetype 12 title 'hugepage-4m/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $8 : NaN):10 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'lazy-1m/blkd-ram') ? $7 : NaN):8 with linespoints linetype 13 title 'lazy-1m/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $8 : NaN):10 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'lazy-1m/qsd-ram') ? $7 : NaN):8 with linespoints linetype 14 title 'lazy-1m/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $8 : NaN):10 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'lazy-4m/blkd-ram') ? $7 : NaN):8 with linespoints linetype 15 title 'lazy-4m/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $8 : NaN):10 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'lazy-4m/qsd-ram') ? $7 : NaN):8 with linespoints linetype 16 title 'lazy-4m/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $8 : NaN):10 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'direct/blkd-ram') ? $7 : NaN):8 with linespoints linetype 17 dashtype (12, 6) title 'direct/blkd-ram (unsafe)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $8 : NaN):10 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'direct/qsd-ram') ? $7 : NaN):8 with linespoints linetype 18 dashtype (12, 6) title 'direct/qsd-ram (unsafe)', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $8 : NaN):10 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'runs/blkd-ram') ? $7 : NaN):8 with linespoints linetype 19 title 'runs/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $8 : NaN):10 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'runs/qsd-ram') ? $7 : NaN):8 with linespoints linetype 20 title 'runs/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $8 : NaN):10 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'nocache/blkd-ram') ? $7 : NaN):8 with linespoints linetype 21 title 'nocache/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $8 : NaN):10 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'nocache/qsd-ram') ? $7 : NaN):8 with linespoints linetype 22 title 'nocache/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $8 : NaN):10 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'iova-plain/blkd-ram') ? $7 : NaN):8 with linespoints linetype 23 title 'iova-plain/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $8 : NaN):10 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'iova-plain/qsd-ram') ? $7 : NaN):8 with linespoints linetype 24 title 'iova-plain/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $8 : NaN):10 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'kick-work/blkd-ram') ? $7 : NaN):8 with linespoints linetype 25 title 'kick-work/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $8 : NaN):10 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'kick-work/qsd-ram') ? $7 : NaN):8 with linespoints linetype 26 title 'kick-work/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $8 : NaN):10 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'kick-coalesce/blkd-ram') ? $7 : NaN):8 with linespoints linetype 27 title 'kick-coalesce/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $8 : NaN):10 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'kick-coalesce/qsd-ram') ? $7 : NaN):8 with linespoints linetype 28 title 'kick-coalesce/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $8 : NaN):10 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'inject-direct/blkd-ram') ? $7 : NaN):8 with linespoints linetype 29 title 'inject-direct/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $8 : NaN):10 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'inject-direct/qsd-ram') ? $7 : NaN):8 with linespoints linetype 30 title 'inject-direct/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $8 : NaN):10 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'inject-coalesce/blkd-ram') ? $7 : NaN):8 with linespoints linetype 31 title 'inject-coalesce/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $8 : NaN):10 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'inject-coalesce/qsd-ram') ? $7 : NaN):8 with linespoints linetype 32 title 'inject-coalesce/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $8 : NaN):10 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'irq-sticky/blkd-ram') ? $7 : NaN):8 with linespoints linetype 33 title 'irq-sticky/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $8 : NaN):10 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'irq-sticky/qsd-ram') ? $7 : NaN):8 with linespoints linetype 34 title 'irq-sticky/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $8 : NaN):10 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'irq-local/blkd-ram') ? $7 : NaN):8 with linespoints linetype 35 title 'irq-local/blkd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $8 : NaN):10 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'irq-local/qsd-ram') ? $7 : NaN):8 with linespoints linetype 36 title 'irq-local/qsd-ram', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $8 : NaN):10 with points linetype 36 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randwrite','4k',1,'ours/blkd-ram') ? $7 : NaN):8:('QD '.strcol(4)) with labels offset char 0, 1 textcolor rgb '#404040' notitle
  unset label 1
  set output
}
