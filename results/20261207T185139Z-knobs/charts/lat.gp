# Written by vlab-report: lat charts, drawn from lat.csv only.
# Re-draw with: cd charts; gnuplot lat.gp (vlab-report sets sfx to a
# temporary suffix and renames the pictures when gnuplot succeeds).
if (!exists('sfx')) sfx = ''
set datafile separator ','
set datafile missing 'NaN'
set key outside right top
set grid
set bmargin 5 # room for the TCG note under the axis label
sel(rw, bs, nj, cfg) = strcol(1) eq rw && strcol(2) eq bs && column(3) == nj && strcol(5) eq cfg
set logscale x 2
set logscale y 10
set xlabel 'queue depth (fio iodepth)'
set ylabel 'completion latency (us): median, a dot per repetition'

# Latency p50 (solid), p99 (dashed), p99.9 (dotted): randread, bs 4k, numjobs 1
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 900, 480
    } else {
      set terminal png noenhanced size 900, 480
    }
  } else {
    set terminal svg noenhanced size 900, 480
  }
  set output 'lat-randread-4k-j1.'.fmt.sfx
  set title 'Latency p50 (solid), p99 (dashed), p99.9 (dotted): randread, bs 4k, numjobs 1'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'ours/blkd-ram') ? $7 : NaN) with linespoints linetype 1 dashtype 1 title 'ours/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'ours/blkd-ram') ? $8 : NaN) with linespoints linetype 1 dashtype 2 title 'ours/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'ours/blkd-ram') ? $9 : NaN) with linespoints linetype 1 dashtype 3 title 'ours/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'ours/qsd-ram') ? $7 : NaN) with linespoints linetype 2 dashtype 1 title 'ours/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'ours/qsd-ram') ? $8 : NaN) with linespoints linetype 2 dashtype 2 title 'ours/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'ours/qsd-ram') ? $9 : NaN) with linespoints linetype 2 dashtype 3 title 'ours/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'aa/blkd-ram') ? $7 : NaN) with linespoints linetype 3 dashtype 1 title 'aa/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'aa/blkd-ram') ? $8 : NaN) with linespoints linetype 3 dashtype 2 title 'aa/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'aa/blkd-ram') ? $9 : NaN) with linespoints linetype 3 dashtype 3 title 'aa/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'aa/qsd-ram') ? $7 : NaN) with linespoints linetype 4 dashtype 1 title 'aa/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'aa/qsd-ram') ? $8 : NaN) with linespoints linetype 4 dashtype 2 title 'aa/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'aa/qsd-ram') ? $9 : NaN) with linespoints linetype 4 dashtype 3 title 'aa/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'prealloc/blkd-ram') ? $7 : NaN) with linespoints linetype 5 dashtype 1 title 'prealloc/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'prealloc/blkd-ram') ? $8 : NaN) with linespoints linetype 5 dashtype 2 title 'prealloc/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'prealloc/blkd-ram') ? $9 : NaN) with linespoints linetype 5 dashtype 3 title 'prealloc/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'prealloc/qsd-ram') ? $7 : NaN) with linespoints linetype 6 dashtype 1 title 'prealloc/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'prealloc/qsd-ram') ? $8 : NaN) with linespoints linetype 6 dashtype 2 title 'prealloc/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'prealloc/qsd-ram') ? $9 : NaN) with linespoints linetype 6 dashtype 3 title 'prealloc/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'prealloc-4m/blkd-ram') ? $7 : NaN) with linespoints linetype 7 dashtype 1 title 'prealloc-4m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'prealloc-4m/blkd-ram') ? $8 : NaN) with linespoints linetype 7 dashtype 2 title 'prealloc-4m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'prealloc-4m/blkd-ram') ? $9 : NaN) with linespoints linetype 7 dashtype 3 title 'prealloc-4m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'prealloc-4m/qsd-ram') ? $7 : NaN) with linespoints linetype 8 dashtype 1 title 'prealloc-4m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'prealloc-4m/qsd-ram') ? $8 : NaN) with linespoints linetype 8 dashtype 2 title 'prealloc-4m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'prealloc-4m/qsd-ram') ? $9 : NaN) with linespoints linetype 8 dashtype 3 title 'prealloc-4m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'hugepage/blkd-ram') ? $7 : NaN) with linespoints linetype 9 dashtype 1 title 'hugepage/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'hugepage/blkd-ram') ? $8 : NaN) with linespoints linetype 9 dashtype 2 title 'hugepage/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'hugepage/blkd-ram') ? $9 : NaN) with linespoints linetype 9 dashtype 3 title 'hugepage/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'hugepage/qsd-ram') ? $7 : NaN) with linespoints linetype 10 dashtype 1 title 'hugepage/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'hugepage/qsd-ram') ? $8 : NaN) with linespoints linetype 10 dashtype 2 title 'hugepage/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'hugepage/qsd-ram') ? $9 : NaN) with linespoints linetype 10 dashtype 3 title 'hugepage/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'hugepage-4m/blkd-ram') ? $7 : NaN) with linespoints linetype 11 dashtype 1 title 'hugepage-4m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'hugepage-4m/blkd-ram') ? $8 : NaN) with linespoints linetype 11 dashtype 2 title 'hugepage-4m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'hugepage-4m/blkd-ram') ? $9 : NaN) with linespoints linetype 11 dashtype 3 title 'hugepage-4m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'hugepage-4m/qsd-ram') ? $7 : NaN) with linespoints linetype 12 dashtype 1 title 'hugepage-4m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'hugepage-4m/qsd-ram') ? $8 : NaN) with linespoints linetype 12 dashtype 2 title 'hugepage-4m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'hugepage-4m/qsd-ram') ? $9 : NaN) with linespoints linetype 12 dashtype 3 title 'hugepage-4m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'lazy-1m/blkd-ram') ? $7 : NaN) with linespoints linetype 13 dashtype 1 title 'lazy-1m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'lazy-1m/blkd-ram') ? $8 : NaN) with linespoints linetype 13 dashtype 2 title 'lazy-1m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'lazy-1m/blkd-ram') ? $9 : NaN) with linespoints linetype 13 dashtype 3 title 'lazy-1m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'lazy-1m/qsd-ram') ? $7 : NaN) with linespoints linetype 14 dashtype 1 title 'lazy-1m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'lazy-1m/qsd-ram') ? $8 : NaN) with linespoints linetype 14 dashtype 2 title 'lazy-1m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'lazy-1m/qsd-ram') ? $9 : NaN) with linespoints linetype 14 dashtype 3 title 'lazy-1m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'lazy-4m/blkd-ram') ? $7 : NaN) with linespoints linetype 15 dashtype 1 title 'lazy-4m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'lazy-4m/blkd-ram') ? $8 : NaN) with linespoints linetype 15 dashtype 2 title 'lazy-4m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'lazy-4m/blkd-ram') ? $9 : NaN) with linespoints linetype 15 dashtype 3 title 'lazy-4m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'lazy-4m/qsd-ram') ? $7 : NaN) with linespoints linetype 16 dashtype 1 title 'lazy-4m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'lazy-4m/qsd-ram') ? $8 : NaN) with linespoints linetype 16 dashtype 2 title 'lazy-4m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'lazy-4m/qsd-ram') ? $9 : NaN) with linespoints linetype 16 dashtype 3 title 'lazy-4m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'direct/blkd-ram') ? $7 : NaN) with linespoints linetype 17 dashtype 1 title 'direct/blkd-ram (unsafe) p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'direct/blkd-ram') ? $8 : NaN) with linespoints linetype 17 dashtype 2 title 'direct/blkd-ram (unsafe) p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'direct/blkd-ram') ? $9 : NaN) with linespoints linetype 17 dashtype 3 title 'direct/blkd-ram (unsafe) p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'direct/qsd-ram') ? $7 : NaN) with linespoints linetype 18 dashtype 1 title 'direct/qsd-ram (unsafe) p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'direct/qsd-ram') ? $8 : NaN) with linespoints linetype 18 dashtype 2 title 'direct/qsd-ram (unsafe) p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'direct/qsd-ram') ? $9 : NaN) with linespoints linetype 18 dashtype 3 title 'direct/qsd-ram (unsafe) p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'runs/blkd-ram') ? $7 : NaN) with linespoints linetype 19 dashtype 1 title 'runs/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'runs/blkd-ram') ? $8 : NaN) with linespoints linetype 19 dashtype 2 title 'runs/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'runs/blkd-ram') ? $9 : NaN) with linespoints linetype 19 dashtype 3 title 'runs/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'runs/qsd-ram') ? $7 : NaN) with linespoints linetype 20 dashtype 1 title 'runs/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'runs/qsd-ram') ? $8 : NaN) with linespoints linetype 20 dashtype 2 title 'runs/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'runs/qsd-ram') ? $9 : NaN) with linespoints linetype 20 dashtype 3 title 'runs/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'nocache/blkd-ram') ? $7 : NaN) with linespoints linetype 21 dashtype 1 title 'nocache/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'nocache/blkd-ram') ? $8 : NaN) with linespoints linetype 21 dashtype 2 title 'nocache/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'nocache/blkd-ram') ? $9 : NaN) with linespoints linetype 21 dashtype 3 title 'nocache/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'nocache/qsd-ram') ? $7 : NaN) with linespoints linetype 22 dashtype 1 title 'nocache/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'nocache/qsd-ram') ? $8 : NaN) with linespoints linetype 22 dashtype 2 title 'nocache/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'nocache/qsd-ram') ? $9 : NaN) with linespoints linetype 22 dashtype 3 title 'nocache/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'iova-plain/blkd-ram') ? $7 : NaN) with linespoints linetype 23 dashtype 1 title 'iova-plain/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'iova-plain/blkd-ram') ? $8 : NaN) with linespoints linetype 23 dashtype 2 title 'iova-plain/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'iova-plain/blkd-ram') ? $9 : NaN) with linespoints linetype 23 dashtype 3 title 'iova-plain/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'iova-plain/qsd-ram') ? $7 : NaN) with linespoints linetype 24 dashtype 1 title 'iova-plain/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'iova-plain/qsd-ram') ? $8 : NaN) with linespoints linetype 24 dashtype 2 title 'iova-plain/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'iova-plain/qsd-ram') ? $9 : NaN) with linespoints linetype 24 dashtype 3 title 'iova-plain/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'kick-work/blkd-ram') ? $7 : NaN) with linespoints linetype 25 dashtype 1 title 'kick-work/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'kick-work/blkd-ram') ? $8 : NaN) with linespoints linetype 25 dashtype 2 title 'kick-work/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'kick-work/blkd-ram') ? $9 : NaN) with linespoints linetype 25 dashtype 3 title 'kick-work/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'kick-work/qsd-ram') ? $7 : NaN) with linespoints linetype 26 dashtype 1 title 'kick-work/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'kick-work/qsd-ram') ? $8 : NaN) with linespoints linetype 26 dashtype 2 title 'kick-work/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'kick-work/qsd-ram') ? $9 : NaN) with linespoints linetype 26 dashtype 3 title 'kick-work/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'kick-coalesce/blkd-ram') ? $7 : NaN) with linespoints linetype 27 dashtype 1 title 'kick-coalesce/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'kick-coalesce/blkd-ram') ? $8 : NaN) with linespoints linetype 27 dashtype 2 title 'kick-coalesce/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'kick-coalesce/blkd-ram') ? $9 : NaN) with linespoints linetype 27 dashtype 3 title 'kick-coalesce/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'kick-coalesce/qsd-ram') ? $7 : NaN) with linespoints linetype 28 dashtype 1 title 'kick-coalesce/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'kick-coalesce/qsd-ram') ? $8 : NaN) with linespoints linetype 28 dashtype 2 title 'kick-coalesce/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'kick-coalesce/qsd-ram') ? $9 : NaN) with linespoints linetype 28 dashtype 3 title 'kick-coalesce/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'inject-direct/blkd-ram') ? $7 : NaN) with linespoints linetype 29 dashtype 1 title 'inject-direct/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'inject-direct/blkd-ram') ? $8 : NaN) with linespoints linetype 29 dashtype 2 title 'inject-direct/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'inject-direct/blkd-ram') ? $9 : NaN) with linespoints linetype 29 dashtype 3 title 'inject-direct/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'inject-direct/qsd-ram') ? $7 : NaN) with linespoints linetype 30 dashtype 1 title 'inject-direct/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'inject-direct/qsd-ram') ? $8 : NaN) with linespoints linetype 30 dashtype 2 title 'inject-direct/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'inject-direct/qsd-ram') ? $9 : NaN) with linespoints linetype 30 dashtype 3 title 'inject-direct/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'inject-coalesce/blkd-ram') ? $7 : NaN) with linespoints linetype 31 dashtype 1 title 'inject-coalesce/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'inject-coalesce/blkd-ram') ? $8 : NaN) with linespoints linetype 31 dashtype 2 title 'inject-coalesce/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'inject-coalesce/blkd-ram') ? $9 : NaN) with linespoints linetype 31 dashtype 3 title 'inject-coalesce/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'inject-coalesce/qsd-ram') ? $7 : NaN) with linespoints linetype 32 dashtype 1 title 'inject-coalesce/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'inject-coalesce/qsd-ram') ? $8 : NaN) with linespoints linetype 32 dashtype 2 title 'inject-coalesce/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'inject-coalesce/qsd-ram') ? $9 : NaN) with linespoints linetype 32 dashtype 3 title 'inject-coalesce/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'irq-sticky/blkd-ram') ? $7 : NaN) with linespoints linetype 33 dashtype 1 title 'irq-sticky/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'irq-sticky/blkd-ram') ? $8 : NaN) with linespoints linetype 33 dashtype 2 title 'irq-sticky/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'irq-sticky/blkd-ram') ? $9 : NaN) with linespoints linetype 33 dashtype 3 title 'irq-sticky/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'irq-sticky/qsd-ram') ? $7 : NaN) with linespoints linetype 34 dashtype 1 title 'irq-sticky/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'irq-sticky/qsd-ram') ? $8 : NaN) with linespoints linetype 34 dashtype 2 title 'irq-sticky/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'irq-sticky/qsd-ram') ? $9 : NaN) with linespoints linetype 34 dashtype 3 title 'irq-sticky/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'irq-local/blkd-ram') ? $7 : NaN) with linespoints linetype 35 dashtype 1 title 'irq-local/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'irq-local/blkd-ram') ? $8 : NaN) with linespoints linetype 35 dashtype 2 title 'irq-local/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'irq-local/blkd-ram') ? $9 : NaN) with linespoints linetype 35 dashtype 3 title 'irq-local/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'irq-local/qsd-ram') ? $7 : NaN) with linespoints linetype 36 dashtype 1 title 'irq-local/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 36 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'irq-local/qsd-ram') ? $8 : NaN) with linespoints linetype 36 dashtype 2 title 'irq-local/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 36 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'irq-local/qsd-ram') ? $9 : NaN) with linespoints linetype 36 dashtype 3 title 'irq-local/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 36 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set output
}

# Latency p50 (solid), p99 (dashed), p99.9 (dotted): randwrite, bs 4k, numjobs 1
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 900, 480
    } else {
      set terminal png noenhanced size 900, 480
    }
  } else {
    set terminal svg noenhanced size 900, 480
  }
  set output 'lat-randwrite-4k-j1.'.fmt.sfx
  set title 'Latency p50 (solid), p99 (dashed), p99.9 (dotted): randwrite, bs 4k, numjobs 1'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'ours/blkd-ram') ? $7 : NaN) with linespoints linetype 1 dashtype 1 title 'ours/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'ours/blkd-ram') ? $8 : NaN) with linespoints linetype 1 dashtype 2 title 'ours/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'ours/blkd-ram') ? $9 : NaN) with linespoints linetype 1 dashtype 3 title 'ours/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'ours/qsd-ram') ? $7 : NaN) with linespoints linetype 2 dashtype 1 title 'ours/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'ours/qsd-ram') ? $8 : NaN) with linespoints linetype 2 dashtype 2 title 'ours/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'ours/qsd-ram') ? $9 : NaN) with linespoints linetype 2 dashtype 3 title 'ours/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'aa/blkd-ram') ? $7 : NaN) with linespoints linetype 3 dashtype 1 title 'aa/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'aa/blkd-ram') ? $8 : NaN) with linespoints linetype 3 dashtype 2 title 'aa/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'aa/blkd-ram') ? $9 : NaN) with linespoints linetype 3 dashtype 3 title 'aa/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'aa/qsd-ram') ? $7 : NaN) with linespoints linetype 4 dashtype 1 title 'aa/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'aa/qsd-ram') ? $8 : NaN) with linespoints linetype 4 dashtype 2 title 'aa/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'aa/qsd-ram') ? $9 : NaN) with linespoints linetype 4 dashtype 3 title 'aa/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'prealloc/blkd-ram') ? $7 : NaN) with linespoints linetype 5 dashtype 1 title 'prealloc/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'prealloc/blkd-ram') ? $8 : NaN) with linespoints linetype 5 dashtype 2 title 'prealloc/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'prealloc/blkd-ram') ? $9 : NaN) with linespoints linetype 5 dashtype 3 title 'prealloc/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'prealloc/qsd-ram') ? $7 : NaN) with linespoints linetype 6 dashtype 1 title 'prealloc/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'prealloc/qsd-ram') ? $8 : NaN) with linespoints linetype 6 dashtype 2 title 'prealloc/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'prealloc/qsd-ram') ? $9 : NaN) with linespoints linetype 6 dashtype 3 title 'prealloc/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'prealloc-4m/blkd-ram') ? $7 : NaN) with linespoints linetype 7 dashtype 1 title 'prealloc-4m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'prealloc-4m/blkd-ram') ? $8 : NaN) with linespoints linetype 7 dashtype 2 title 'prealloc-4m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'prealloc-4m/blkd-ram') ? $9 : NaN) with linespoints linetype 7 dashtype 3 title 'prealloc-4m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'prealloc-4m/qsd-ram') ? $7 : NaN) with linespoints linetype 8 dashtype 1 title 'prealloc-4m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'prealloc-4m/qsd-ram') ? $8 : NaN) with linespoints linetype 8 dashtype 2 title 'prealloc-4m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'prealloc-4m/qsd-ram') ? $9 : NaN) with linespoints linetype 8 dashtype 3 title 'prealloc-4m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'hugepage/blkd-ram') ? $7 : NaN) with linespoints linetype 9 dashtype 1 title 'hugepage/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'hugepage/blkd-ram') ? $8 : NaN) with linespoints linetype 9 dashtype 2 title 'hugepage/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'hugepage/blkd-ram') ? $9 : NaN) with linespoints linetype 9 dashtype 3 title 'hugepage/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'hugepage/qsd-ram') ? $7 : NaN) with linespoints linetype 10 dashtype 1 title 'hugepage/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'hugepage/qsd-ram') ? $8 : NaN) with linespoints linetype 10 dashtype 2 title 'hugepage/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'hugepage/qsd-ram') ? $9 : NaN) with linespoints linetype 10 dashtype 3 title 'hugepage/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'hugepage-4m/blkd-ram') ? $7 : NaN) with linespoints linetype 11 dashtype 1 title 'hugepage-4m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'hugepage-4m/blkd-ram') ? $8 : NaN) with linespoints linetype 11 dashtype 2 title 'hugepage-4m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'hugepage-4m/blkd-ram') ? $9 : NaN) with linespoints linetype 11 dashtype 3 title 'hugepage-4m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'hugepage-4m/qsd-ram') ? $7 : NaN) with linespoints linetype 12 dashtype 1 title 'hugepage-4m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'hugepage-4m/qsd-ram') ? $8 : NaN) with linespoints linetype 12 dashtype 2 title 'hugepage-4m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'hugepage-4m/qsd-ram') ? $9 : NaN) with linespoints linetype 12 dashtype 3 title 'hugepage-4m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'lazy-1m/blkd-ram') ? $7 : NaN) with linespoints linetype 13 dashtype 1 title 'lazy-1m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'lazy-1m/blkd-ram') ? $8 : NaN) with linespoints linetype 13 dashtype 2 title 'lazy-1m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'lazy-1m/blkd-ram') ? $9 : NaN) with linespoints linetype 13 dashtype 3 title 'lazy-1m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'lazy-1m/qsd-ram') ? $7 : NaN) with linespoints linetype 14 dashtype 1 title 'lazy-1m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'lazy-1m/qsd-ram') ? $8 : NaN) with linespoints linetype 14 dashtype 2 title 'lazy-1m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'lazy-1m/qsd-ram') ? $9 : NaN) with linespoints linetype 14 dashtype 3 title 'lazy-1m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'lazy-4m/blkd-ram') ? $7 : NaN) with linespoints linetype 15 dashtype 1 title 'lazy-4m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'lazy-4m/blkd-ram') ? $8 : NaN) with linespoints linetype 15 dashtype 2 title 'lazy-4m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'lazy-4m/blkd-ram') ? $9 : NaN) with linespoints linetype 15 dashtype 3 title 'lazy-4m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'lazy-4m/qsd-ram') ? $7 : NaN) with linespoints linetype 16 dashtype 1 title 'lazy-4m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'lazy-4m/qsd-ram') ? $8 : NaN) with linespoints linetype 16 dashtype 2 title 'lazy-4m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'lazy-4m/qsd-ram') ? $9 : NaN) with linespoints linetype 16 dashtype 3 title 'lazy-4m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'direct/blkd-ram') ? $7 : NaN) with linespoints linetype 17 dashtype 1 title 'direct/blkd-ram (unsafe) p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'direct/blkd-ram') ? $8 : NaN) with linespoints linetype 17 dashtype 2 title 'direct/blkd-ram (unsafe) p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'direct/blkd-ram') ? $9 : NaN) with linespoints linetype 17 dashtype 3 title 'direct/blkd-ram (unsafe) p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'direct/qsd-ram') ? $7 : NaN) with linespoints linetype 18 dashtype 1 title 'direct/qsd-ram (unsafe) p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'direct/qsd-ram') ? $8 : NaN) with linespoints linetype 18 dashtype 2 title 'direct/qsd-ram (unsafe) p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'direct/qsd-ram') ? $9 : NaN) with linespoints linetype 18 dashtype 3 title 'direct/qsd-ram (unsafe) p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'runs/blkd-ram') ? $7 : NaN) with linespoints linetype 19 dashtype 1 title 'runs/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'runs/blkd-ram') ? $8 : NaN) with linespoints linetype 19 dashtype 2 title 'runs/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'runs/blkd-ram') ? $9 : NaN) with linespoints linetype 19 dashtype 3 title 'runs/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'runs/qsd-ram') ? $7 : NaN) with linespoints linetype 20 dashtype 1 title 'runs/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'runs/qsd-ram') ? $8 : NaN) with linespoints linetype 20 dashtype 2 title 'runs/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'runs/qsd-ram') ? $9 : NaN) with linespoints linetype 20 dashtype 3 title 'runs/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'nocache/blkd-ram') ? $7 : NaN) with linespoints linetype 21 dashtype 1 title 'nocache/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'nocache/blkd-ram') ? $8 : NaN) with linespoints linetype 21 dashtype 2 title 'nocache/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'nocache/blkd-ram') ? $9 : NaN) with linespoints linetype 21 dashtype 3 title 'nocache/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'nocache/qsd-ram') ? $7 : NaN) with linespoints linetype 22 dashtype 1 title 'nocache/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'nocache/qsd-ram') ? $8 : NaN) with linespoints linetype 22 dashtype 2 title 'nocache/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'nocache/qsd-ram') ? $9 : NaN) with linespoints linetype 22 dashtype 3 title 'nocache/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'iova-plain/blkd-ram') ? $7 : NaN) with linespoints linetype 23 dashtype 1 title 'iova-plain/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'iova-plain/blkd-ram') ? $8 : NaN) with linespoints linetype 23 dashtype 2 title 'iova-plain/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'iova-plain/blkd-ram') ? $9 : NaN) with linespoints linetype 23 dashtype 3 title 'iova-plain/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'iova-plain/qsd-ram') ? $7 : NaN) with linespoints linetype 24 dashtype 1 title 'iova-plain/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'iova-plain/qsd-ram') ? $8 : NaN) with linespoints linetype 24 dashtype 2 title 'iova-plain/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'iova-plain/qsd-ram') ? $9 : NaN) with linespoints linetype 24 dashtype 3 title 'iova-plain/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'kick-work/blkd-ram') ? $7 : NaN) with linespoints linetype 25 dashtype 1 title 'kick-work/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'kick-work/blkd-ram') ? $8 : NaN) with linespoints linetype 25 dashtype 2 title 'kick-work/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'kick-work/blkd-ram') ? $9 : NaN) with linespoints linetype 25 dashtype 3 title 'kick-work/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'kick-work/qsd-ram') ? $7 : NaN) with linespoints linetype 26 dashtype 1 title 'kick-work/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'kick-work/qsd-ram') ? $8 : NaN) with linespoints linetype 26 dashtype 2 title 'kick-work/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'kick-work/qsd-ram') ? $9 : NaN) with linespoints linetype 26 dashtype 3 title 'kick-work/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'kick-coalesce/blkd-ram') ? $7 : NaN) with linespoints linetype 27 dashtype 1 title 'kick-coalesce/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'kick-coalesce/blkd-ram') ? $8 : NaN) with linespoints linetype 27 dashtype 2 title 'kick-coalesce/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'kick-coalesce/blkd-ram') ? $9 : NaN) with linespoints linetype 27 dashtype 3 title 'kick-coalesce/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'kick-coalesce/qsd-ram') ? $7 : NaN) with linespoints linetype 28 dashtype 1 title 'kick-coalesce/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'kick-coalesce/qsd-ram') ? $8 : NaN) with linespoints linetype 28 dashtype 2 title 'kick-coalesce/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'kick-coalesce/qsd-ram') ? $9 : NaN) with linespoints linetype 28 dashtype 3 title 'kick-coalesce/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'inject-direct/blkd-ram') ? $7 : NaN) with linespoints linetype 29 dashtype 1 title 'inject-direct/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'inject-direct/blkd-ram') ? $8 : NaN) with linespoints linetype 29 dashtype 2 title 'inject-direct/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'inject-direct/blkd-ram') ? $9 : NaN) with linespoints linetype 29 dashtype 3 title 'inject-direct/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'inject-direct/qsd-ram') ? $7 : NaN) with linespoints linetype 30 dashtype 1 title 'inject-direct/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'inject-direct/qsd-ram') ? $8 : NaN) with linespoints linetype 30 dashtype 2 title 'inject-direct/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'inject-direct/qsd-ram') ? $9 : NaN) with linespoints linetype 30 dashtype 3 title 'inject-direct/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'inject-coalesce/blkd-ram') ? $7 : NaN) with linespoints linetype 31 dashtype 1 title 'inject-coalesce/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'inject-coalesce/blkd-ram') ? $8 : NaN) with linespoints linetype 31 dashtype 2 title 'inject-coalesce/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'inject-coalesce/blkd-ram') ? $9 : NaN) with linespoints linetype 31 dashtype 3 title 'inject-coalesce/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'inject-coalesce/qsd-ram') ? $7 : NaN) with linespoints linetype 32 dashtype 1 title 'inject-coalesce/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'inject-coalesce/qsd-ram') ? $8 : NaN) with linespoints linetype 32 dashtype 2 title 'inject-coalesce/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'inject-coalesce/qsd-ram') ? $9 : NaN) with linespoints linetype 32 dashtype 3 title 'inject-coalesce/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'irq-sticky/blkd-ram') ? $7 : NaN) with linespoints linetype 33 dashtype 1 title 'irq-sticky/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'irq-sticky/blkd-ram') ? $8 : NaN) with linespoints linetype 33 dashtype 2 title 'irq-sticky/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'irq-sticky/blkd-ram') ? $9 : NaN) with linespoints linetype 33 dashtype 3 title 'irq-sticky/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'irq-sticky/qsd-ram') ? $7 : NaN) with linespoints linetype 34 dashtype 1 title 'irq-sticky/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'irq-sticky/qsd-ram') ? $8 : NaN) with linespoints linetype 34 dashtype 2 title 'irq-sticky/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'irq-sticky/qsd-ram') ? $9 : NaN) with linespoints linetype 34 dashtype 3 title 'irq-sticky/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'irq-local/blkd-ram') ? $7 : NaN) with linespoints linetype 35 dashtype 1 title 'irq-local/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'irq-local/blkd-ram') ? $8 : NaN) with linespoints linetype 35 dashtype 2 title 'irq-local/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'irq-local/blkd-ram') ? $9 : NaN) with linespoints linetype 35 dashtype 3 title 'irq-local/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'irq-local/qsd-ram') ? $7 : NaN) with linespoints linetype 36 dashtype 1 title 'irq-local/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 36 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'irq-local/qsd-ram') ? $8 : NaN) with linespoints linetype 36 dashtype 2 title 'irq-local/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 36 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'irq-local/qsd-ram') ? $9 : NaN) with linespoints linetype 36 dashtype 3 title 'irq-local/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 36 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set output
}

# Latency p50 (solid), p99 (dashed), p99.9 (dotted): randrw-read70, bs 64k, numjobs 1
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 900, 480
    } else {
      set terminal png noenhanced size 900, 480
    }
  } else {
    set terminal svg noenhanced size 900, 480
  }
  set output 'lat-randrw-read70-64k-j1.'.fmt.sfx
  set title 'Latency p50 (solid), p99 (dashed), p99.9 (dotted): randrw-read70, bs 64k, numjobs 1'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set xrange [5.65685:11.3137]
  set xtics (8)
  unset mxtics
  plot \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'ours/blkd-ram') ? $7 : NaN) with linespoints linetype 1 dashtype 1 title 'ours/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'ours/blkd-ram') ? $8 : NaN) with linespoints linetype 1 dashtype 2 title 'ours/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'ours/blkd-ram') ? $9 : NaN) with linespoints linetype 1 dashtype 3 title 'ours/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'ours/qsd-ram') ? $7 : NaN) with linespoints linetype 2 dashtype 1 title 'ours/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'ours/qsd-ram') ? $8 : NaN) with linespoints linetype 2 dashtype 2 title 'ours/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'ours/qsd-ram') ? $9 : NaN) with linespoints linetype 2 dashtype 3 title 'ours/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'aa/blkd-ram') ? $7 : NaN) with linespoints linetype 3 dashtype 1 title 'aa/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'aa/blkd-ram') ? $8 : NaN) with linespoints linetype 3 dashtype 2 title 'aa/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'aa/blkd-ram') ? $9 : NaN) with linespoints linetype 3 dashtype 3 title 'aa/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'aa/qsd-ram') ? $7 : NaN) with linespoints linetype 4 dashtype 1 title 'aa/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'aa/qsd-ram') ? $8 : NaN) with linespoints linetype 4 dashtype 2 title 'aa/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'aa/qsd-ram') ? $9 : NaN) with linespoints linetype 4 dashtype 3 title 'aa/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'prealloc/blkd-ram') ? $7 : NaN) with linespoints linetype 5 dashtype 1 title 'prealloc/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'prealloc/blkd-ram') ? $8 : NaN) with linespoints linetype 5 dashtype 2 title 'prealloc/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'prealloc/blkd-ram') ? $9 : NaN) with linespoints linetype 5 dashtype 3 title 'prealloc/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'prealloc/qsd-ram') ? $7 : NaN) with linespoints linetype 6 dashtype 1 title 'prealloc/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'prealloc/qsd-ram') ? $8 : NaN) with linespoints linetype 6 dashtype 2 title 'prealloc/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'prealloc/qsd-ram') ? $9 : NaN) with linespoints linetype 6 dashtype 3 title 'prealloc/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'prealloc-4m/blkd-ram') ? $7 : NaN) with linespoints linetype 7 dashtype 1 title 'prealloc-4m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'prealloc-4m/blkd-ram') ? $8 : NaN) with linespoints linetype 7 dashtype 2 title 'prealloc-4m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'prealloc-4m/blkd-ram') ? $9 : NaN) with linespoints linetype 7 dashtype 3 title 'prealloc-4m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'prealloc-4m/qsd-ram') ? $7 : NaN) with linespoints linetype 8 dashtype 1 title 'prealloc-4m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'prealloc-4m/qsd-ram') ? $8 : NaN) with linespoints linetype 8 dashtype 2 title 'prealloc-4m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'prealloc-4m/qsd-ram') ? $9 : NaN) with linespoints linetype 8 dashtype 3 title 'prealloc-4m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'hugepage/blkd-ram') ? $7 : NaN) with linespoints linetype 9 dashtype 1 title 'hugepage/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'hugepage/blkd-ram') ? $8 : NaN) with linespoints linetype 9 dashtype 2 title 'hugepage/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'hugepage/blkd-ram') ? $9 : NaN) with linespoints linetype 9 dashtype 3 title 'hugepage/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'hugepage/qsd-ram') ? $7 : NaN) with linespoints linetype 10 dashtype 1 title 'hugepage/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'hugepage/qsd-ram') ? $8 : NaN) with linespoints linetype 10 dashtype 2 title 'hugepage/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'hugepage/qsd-ram') ? $9 : NaN) with linespoints linetype 10 dashtype 3 title 'hugepage/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'hugepage-4m/blkd-ram') ? $7 : NaN) with linespoints linetype 11 dashtype 1 title 'hugepage-4m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'hugepage-4m/blkd-ram') ? $8 : NaN) with linespoints linetype 11 dashtype 2 title 'hugepage-4m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'hugepage-4m/blkd-ram') ? $9 : NaN) with linespoints linetype 11 dashtype 3 title 'hugepage-4m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'hugepage-4m/qsd-ram') ? $7 : NaN) with linespoints linetype 12 dashtype 1 title 'hugepage-4m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'hugepage-4m/qsd-ram') ? $8 : NaN) with linespoints linetype 12 dashtype 2 title 'hugepage-4m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'hugepage-4m/qsd-ram') ? $9 : NaN) with linespoints linetype 12 dashtype 3 title 'hugepage-4m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'lazy-1m/blkd-ram') ? $7 : NaN) with linespoints linetype 13 dashtype 1 title 'lazy-1m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'lazy-1m/blkd-ram') ? $8 : NaN) with linespoints linetype 13 dashtype 2 title 'lazy-1m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'lazy-1m/blkd-ram') ? $9 : NaN) with linespoints linetype 13 dashtype 3 title 'lazy-1m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'lazy-1m/qsd-ram') ? $7 : NaN) with linespoints linetype 14 dashtype 1 title 'lazy-1m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'lazy-1m/qsd-ram') ? $8 : NaN) with linespoints linetype 14 dashtype 2 title 'lazy-1m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'lazy-1m/qsd-ram') ? $9 : NaN) with linespoints linetype 14 dashtype 3 title 'lazy-1m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'lazy-4m/blkd-ram') ? $7 : NaN) with linespoints linetype 15 dashtype 1 title 'lazy-4m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'lazy-4m/blkd-ram') ? $8 : NaN) with linespoints linetype 15 dashtype 2 title 'lazy-4m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'lazy-4m/blkd-ram') ? $9 : NaN) with linespoints linetype 15 dashtype 3 title 'lazy-4m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'lazy-4m/qsd-ram') ? $7 : NaN) with linespoints linetype 16 dashtype 1 title 'lazy-4m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'lazy-4m/qsd-ram') ? $8 : NaN) with linespoints linetype 16 dashtype 2 title 'lazy-4m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'lazy-4m/qsd-ram') ? $9 : NaN) with linespoints linetype 16 dashtype 3 title 'lazy-4m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'direct/blkd-ram') ? $7 : NaN) with linespoints linetype 17 dashtype 1 title 'direct/blkd-ram (unsafe) p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'direct/blkd-ram') ? $8 : NaN) with linespoints linetype 17 dashtype 2 title 'direct/blkd-ram (unsafe) p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'direct/blkd-ram') ? $9 : NaN) with linespoints linetype 17 dashtype 3 title 'direct/blkd-ram (unsafe) p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'direct/qsd-ram') ? $7 : NaN) with linespoints linetype 18 dashtype 1 title 'direct/qsd-ram (unsafe) p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'direct/qsd-ram') ? $8 : NaN) with linespoints linetype 18 dashtype 2 title 'direct/qsd-ram (unsafe) p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'direct/qsd-ram') ? $9 : NaN) with linespoints linetype 18 dashtype 3 title 'direct/qsd-ram (unsafe) p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'runs/blkd-ram') ? $7 : NaN) with linespoints linetype 19 dashtype 1 title 'runs/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'runs/blkd-ram') ? $8 : NaN) with linespoints linetype 19 dashtype 2 title 'runs/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'runs/blkd-ram') ? $9 : NaN) with linespoints linetype 19 dashtype 3 title 'runs/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'runs/qsd-ram') ? $7 : NaN) with linespoints linetype 20 dashtype 1 title 'runs/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'runs/qsd-ram') ? $8 : NaN) with linespoints linetype 20 dashtype 2 title 'runs/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'runs/qsd-ram') ? $9 : NaN) with linespoints linetype 20 dashtype 3 title 'runs/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'nocache/blkd-ram') ? $7 : NaN) with linespoints linetype 21 dashtype 1 title 'nocache/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'nocache/blkd-ram') ? $8 : NaN) with linespoints linetype 21 dashtype 2 title 'nocache/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'nocache/blkd-ram') ? $9 : NaN) with linespoints linetype 21 dashtype 3 title 'nocache/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'nocache/qsd-ram') ? $7 : NaN) with linespoints linetype 22 dashtype 1 title 'nocache/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'nocache/qsd-ram') ? $8 : NaN) with linespoints linetype 22 dashtype 2 title 'nocache/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'nocache/qsd-ram') ? $9 : NaN) with linespoints linetype 22 dashtype 3 title 'nocache/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'iova-plain/blkd-ram') ? $7 : NaN) with linespoints linetype 23 dashtype 1 title 'iova-plain/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'iova-plain/blkd-ram') ? $8 : NaN) with linespoints linetype 23 dashtype 2 title 'iova-plain/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'iova-plain/blkd-ram') ? $9 : NaN) with linespoints linetype 23 dashtype 3 title 'iova-plain/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'iova-plain/qsd-ram') ? $7 : NaN) with linespoints linetype 24 dashtype 1 title 'iova-plain/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'iova-plain/qsd-ram') ? $8 : NaN) with linespoints linetype 24 dashtype 2 title 'iova-plain/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'iova-plain/qsd-ram') ? $9 : NaN) with linespoints linetype 24 dashtype 3 title 'iova-plain/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'kick-work/blkd-ram') ? $7 : NaN) with linespoints linetype 25 dashtype 1 title 'kick-work/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'kick-work/blkd-ram') ? $8 : NaN) with linespoints linetype 25 dashtype 2 title 'kick-work/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'kick-work/blkd-ram') ? $9 : NaN) with linespoints linetype 25 dashtype 3 title 'kick-work/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'kick-work/qsd-ram') ? $7 : NaN) with linespoints linetype 26 dashtype 1 title 'kick-work/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'kick-work/qsd-ram') ? $8 : NaN) with linespoints linetype 26 dashtype 2 title 'kick-work/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'kick-work/qsd-ram') ? $9 : NaN) with linespoints linetype 26 dashtype 3 title 'kick-work/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'kick-coalesce/blkd-ram') ? $7 : NaN) with linespoints linetype 27 dashtype 1 title 'kick-coalesce/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'kick-coalesce/blkd-ram') ? $8 : NaN) with linespoints linetype 27 dashtype 2 title 'kick-coalesce/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'kick-coalesce/blkd-ram') ? $9 : NaN) with linespoints linetype 27 dashtype 3 title 'kick-coalesce/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'kick-coalesce/qsd-ram') ? $7 : NaN) with linespoints linetype 28 dashtype 1 title 'kick-coalesce/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'kick-coalesce/qsd-ram') ? $8 : NaN) with linespoints linetype 28 dashtype 2 title 'kick-coalesce/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'kick-coalesce/qsd-ram') ? $9 : NaN) with linespoints linetype 28 dashtype 3 title 'kick-coalesce/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'inject-direct/blkd-ram') ? $7 : NaN) with linespoints linetype 29 dashtype 1 title 'inject-direct/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'inject-direct/blkd-ram') ? $8 : NaN) with linespoints linetype 29 dashtype 2 title 'inject-direct/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'inject-direct/blkd-ram') ? $9 : NaN) with linespoints linetype 29 dashtype 3 title 'inject-direct/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'inject-direct/qsd-ram') ? $7 : NaN) with linespoints linetype 30 dashtype 1 title 'inject-direct/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'inject-direct/qsd-ram') ? $8 : NaN) with linespoints linetype 30 dashtype 2 title 'inject-direct/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'inject-direct/qsd-ram') ? $9 : NaN) with linespoints linetype 30 dashtype 3 title 'inject-direct/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'inject-coalesce/blkd-ram') ? $7 : NaN) with linespoints linetype 31 dashtype 1 title 'inject-coalesce/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'inject-coalesce/blkd-ram') ? $8 : NaN) with linespoints linetype 31 dashtype 2 title 'inject-coalesce/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'inject-coalesce/blkd-ram') ? $9 : NaN) with linespoints linetype 31 dashtype 3 title 'inject-coalesce/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'inject-coalesce/qsd-ram') ? $7 : NaN) with linespoints linetype 32 dashtype 1 title 'inject-coalesce/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'inject-coalesce/qsd-ram') ? $8 : NaN) with linespoints linetype 32 dashtype 2 title 'inject-coalesce/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'inject-coalesce/qsd-ram') ? $9 : NaN) with linespoints linetype 32 dashtype 3 title 'inject-coalesce/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'irq-sticky/blkd-ram') ? $7 : NaN) with linespoints linetype 33 dashtype 1 title 'irq-sticky/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'irq-sticky/blkd-ram') ? $8 : NaN) with linespoints linetype 33 dashtype 2 title 'irq-sticky/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'irq-sticky/blkd-ram') ? $9 : NaN) with linespoints linetype 33 dashtype 3 title 'irq-sticky/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'irq-sticky/qsd-ram') ? $7 : NaN) with linespoints linetype 34 dashtype 1 title 'irq-sticky/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'irq-sticky/qsd-ram') ? $8 : NaN) with linespoints linetype 34 dashtype 2 title 'irq-sticky/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'irq-sticky/qsd-ram') ? $9 : NaN) with linespoints linetype 34 dashtype 3 title 'irq-sticky/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'irq-local/blkd-ram') ? $7 : NaN) with linespoints linetype 35 dashtype 1 title 'irq-local/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'irq-local/blkd-ram') ? $8 : NaN) with linespoints linetype 35 dashtype 2 title 'irq-local/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'irq-local/blkd-ram') ? $9 : NaN) with linespoints linetype 35 dashtype 3 title 'irq-local/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'irq-local/qsd-ram') ? $7 : NaN) with linespoints linetype 36 dashtype 1 title 'irq-local/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 36 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'irq-local/qsd-ram') ? $8 : NaN) with linespoints linetype 36 dashtype 2 title 'irq-local/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 36 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randrw-read70','64k',1,'irq-local/qsd-ram') ? $9 : NaN) with linespoints linetype 36 dashtype 3 title 'irq-local/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 36 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set output
}

# Latency p50 (solid), p99 (dashed), p99.9 (dotted): read, bs 1M, numjobs 1
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 900, 480
    } else {
      set terminal png noenhanced size 900, 480
    }
  } else {
    set terminal svg noenhanced size 900, 480
  }
  set output 'lat-read-1M-j1.'.fmt.sfx
  set title 'Latency p50 (solid), p99 (dashed), p99.9 (dotted): read, bs 1M, numjobs 1'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'ours/blkd-ram') ? $7 : NaN) with linespoints linetype 1 dashtype 1 title 'ours/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'ours/blkd-ram') ? $8 : NaN) with linespoints linetype 1 dashtype 2 title 'ours/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'ours/blkd-ram') ? $9 : NaN) with linespoints linetype 1 dashtype 3 title 'ours/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'ours/qsd-ram') ? $7 : NaN) with linespoints linetype 2 dashtype 1 title 'ours/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'ours/qsd-ram') ? $8 : NaN) with linespoints linetype 2 dashtype 2 title 'ours/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'ours/qsd-ram') ? $9 : NaN) with linespoints linetype 2 dashtype 3 title 'ours/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'aa/blkd-ram') ? $7 : NaN) with linespoints linetype 3 dashtype 1 title 'aa/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'aa/blkd-ram') ? $8 : NaN) with linespoints linetype 3 dashtype 2 title 'aa/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'aa/blkd-ram') ? $9 : NaN) with linespoints linetype 3 dashtype 3 title 'aa/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'aa/qsd-ram') ? $7 : NaN) with linespoints linetype 4 dashtype 1 title 'aa/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'aa/qsd-ram') ? $8 : NaN) with linespoints linetype 4 dashtype 2 title 'aa/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'aa/qsd-ram') ? $9 : NaN) with linespoints linetype 4 dashtype 3 title 'aa/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'prealloc/blkd-ram') ? $7 : NaN) with linespoints linetype 5 dashtype 1 title 'prealloc/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'prealloc/blkd-ram') ? $8 : NaN) with linespoints linetype 5 dashtype 2 title 'prealloc/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'prealloc/blkd-ram') ? $9 : NaN) with linespoints linetype 5 dashtype 3 title 'prealloc/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'prealloc/qsd-ram') ? $7 : NaN) with linespoints linetype 6 dashtype 1 title 'prealloc/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'prealloc/qsd-ram') ? $8 : NaN) with linespoints linetype 6 dashtype 2 title 'prealloc/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'prealloc/qsd-ram') ? $9 : NaN) with linespoints linetype 6 dashtype 3 title 'prealloc/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'prealloc-4m/blkd-ram') ? $7 : NaN) with linespoints linetype 7 dashtype 1 title 'prealloc-4m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'prealloc-4m/blkd-ram') ? $8 : NaN) with linespoints linetype 7 dashtype 2 title 'prealloc-4m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'prealloc-4m/blkd-ram') ? $9 : NaN) with linespoints linetype 7 dashtype 3 title 'prealloc-4m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'prealloc-4m/qsd-ram') ? $7 : NaN) with linespoints linetype 8 dashtype 1 title 'prealloc-4m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'prealloc-4m/qsd-ram') ? $8 : NaN) with linespoints linetype 8 dashtype 2 title 'prealloc-4m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'prealloc-4m/qsd-ram') ? $9 : NaN) with linespoints linetype 8 dashtype 3 title 'prealloc-4m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'hugepage/blkd-ram') ? $7 : NaN) with linespoints linetype 9 dashtype 1 title 'hugepage/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'hugepage/blkd-ram') ? $8 : NaN) with linespoints linetype 9 dashtype 2 title 'hugepage/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'hugepage/blkd-ram') ? $9 : NaN) with linespoints linetype 9 dashtype 3 title 'hugepage/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'hugepage/qsd-ram') ? $7 : NaN) with linespoints linetype 10 dashtype 1 title 'hugepage/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'hugepage/qsd-ram') ? $8 : NaN) with linespoints linetype 10 dashtype 2 title 'hugepage/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'hugepage/qsd-ram') ? $9 : NaN) with linespoints linetype 10 dashtype 3 title 'hugepage/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'hugepage-4m/blkd-ram') ? $7 : NaN) with linespoints linetype 11 dashtype 1 title 'hugepage-4m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'hugepage-4m/blkd-ram') ? $8 : NaN) with linespoints linetype 11 dashtype 2 title 'hugepage-4m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'hugepage-4m/blkd-ram') ? $9 : NaN) with linespoints linetype 11 dashtype 3 title 'hugepage-4m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'hugepage-4m/qsd-ram') ? $7 : NaN) with linespoints linetype 12 dashtype 1 title 'hugepage-4m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'hugepage-4m/qsd-ram') ? $8 : NaN) with linespoints linetype 12 dashtype 2 title 'hugepage-4m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'hugepage-4m/qsd-ram') ? $9 : NaN) with linespoints linetype 12 dashtype 3 title 'hugepage-4m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'lazy-1m/blkd-ram') ? $7 : NaN) with linespoints linetype 13 dashtype 1 title 'lazy-1m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'lazy-1m/blkd-ram') ? $8 : NaN) with linespoints linetype 13 dashtype 2 title 'lazy-1m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'lazy-1m/blkd-ram') ? $9 : NaN) with linespoints linetype 13 dashtype 3 title 'lazy-1m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'lazy-1m/qsd-ram') ? $7 : NaN) with linespoints linetype 14 dashtype 1 title 'lazy-1m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'lazy-1m/qsd-ram') ? $8 : NaN) with linespoints linetype 14 dashtype 2 title 'lazy-1m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'lazy-1m/qsd-ram') ? $9 : NaN) with linespoints linetype 14 dashtype 3 title 'lazy-1m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'lazy-4m/blkd-ram') ? $7 : NaN) with linespoints linetype 15 dashtype 1 title 'lazy-4m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'lazy-4m/blkd-ram') ? $8 : NaN) with linespoints linetype 15 dashtype 2 title 'lazy-4m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'lazy-4m/blkd-ram') ? $9 : NaN) with linespoints linetype 15 dashtype 3 title 'lazy-4m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'lazy-4m/qsd-ram') ? $7 : NaN) with linespoints linetype 16 dashtype 1 title 'lazy-4m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'lazy-4m/qsd-ram') ? $8 : NaN) with linespoints linetype 16 dashtype 2 title 'lazy-4m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'lazy-4m/qsd-ram') ? $9 : NaN) with linespoints linetype 16 dashtype 3 title 'lazy-4m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'direct/blkd-ram') ? $7 : NaN) with linespoints linetype 17 dashtype 1 title 'direct/blkd-ram (unsafe) p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'direct/blkd-ram') ? $8 : NaN) with linespoints linetype 17 dashtype 2 title 'direct/blkd-ram (unsafe) p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'direct/blkd-ram') ? $9 : NaN) with linespoints linetype 17 dashtype 3 title 'direct/blkd-ram (unsafe) p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'direct/qsd-ram') ? $7 : NaN) with linespoints linetype 18 dashtype 1 title 'direct/qsd-ram (unsafe) p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'direct/qsd-ram') ? $8 : NaN) with linespoints linetype 18 dashtype 2 title 'direct/qsd-ram (unsafe) p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'direct/qsd-ram') ? $9 : NaN) with linespoints linetype 18 dashtype 3 title 'direct/qsd-ram (unsafe) p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'runs/blkd-ram') ? $7 : NaN) with linespoints linetype 19 dashtype 1 title 'runs/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'runs/blkd-ram') ? $8 : NaN) with linespoints linetype 19 dashtype 2 title 'runs/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'runs/blkd-ram') ? $9 : NaN) with linespoints linetype 19 dashtype 3 title 'runs/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'runs/qsd-ram') ? $7 : NaN) with linespoints linetype 20 dashtype 1 title 'runs/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'runs/qsd-ram') ? $8 : NaN) with linespoints linetype 20 dashtype 2 title 'runs/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'runs/qsd-ram') ? $9 : NaN) with linespoints linetype 20 dashtype 3 title 'runs/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'nocache/blkd-ram') ? $7 : NaN) with linespoints linetype 21 dashtype 1 title 'nocache/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'nocache/blkd-ram') ? $8 : NaN) with linespoints linetype 21 dashtype 2 title 'nocache/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'nocache/blkd-ram') ? $9 : NaN) with linespoints linetype 21 dashtype 3 title 'nocache/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'nocache/qsd-ram') ? $7 : NaN) with linespoints linetype 22 dashtype 1 title 'nocache/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'nocache/qsd-ram') ? $8 : NaN) with linespoints linetype 22 dashtype 2 title 'nocache/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'nocache/qsd-ram') ? $9 : NaN) with linespoints linetype 22 dashtype 3 title 'nocache/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'iova-plain/blkd-ram') ? $7 : NaN) with linespoints linetype 23 dashtype 1 title 'iova-plain/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'iova-plain/blkd-ram') ? $8 : NaN) with linespoints linetype 23 dashtype 2 title 'iova-plain/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'iova-plain/blkd-ram') ? $9 : NaN) with linespoints linetype 23 dashtype 3 title 'iova-plain/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'iova-plain/qsd-ram') ? $7 : NaN) with linespoints linetype 24 dashtype 1 title 'iova-plain/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'iova-plain/qsd-ram') ? $8 : NaN) with linespoints linetype 24 dashtype 2 title 'iova-plain/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'iova-plain/qsd-ram') ? $9 : NaN) with linespoints linetype 24 dashtype 3 title 'iova-plain/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'kick-work/blkd-ram') ? $7 : NaN) with linespoints linetype 25 dashtype 1 title 'kick-work/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'kick-work/blkd-ram') ? $8 : NaN) with linespoints linetype 25 dashtype 2 title 'kick-work/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'kick-work/blkd-ram') ? $9 : NaN) with linespoints linetype 25 dashtype 3 title 'kick-work/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'kick-work/qsd-ram') ? $7 : NaN) with linespoints linetype 26 dashtype 1 title 'kick-work/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'kick-work/qsd-ram') ? $8 : NaN) with linespoints linetype 26 dashtype 2 title 'kick-work/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'kick-work/qsd-ram') ? $9 : NaN) with linespoints linetype 26 dashtype 3 title 'kick-work/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'kick-coalesce/blkd-ram') ? $7 : NaN) with linespoints linetype 27 dashtype 1 title 'kick-coalesce/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'kick-coalesce/blkd-ram') ? $8 : NaN) with linespoints linetype 27 dashtype 2 title 'kick-coalesce/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'kick-coalesce/blkd-ram') ? $9 : NaN) with linespoints linetype 27 dashtype 3 title 'kick-coalesce/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'kick-coalesce/qsd-ram') ? $7 : NaN) with linespoints linetype 28 dashtype 1 title 'kick-coalesce/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'kick-coalesce/qsd-ram') ? $8 : NaN) with linespoints linetype 28 dashtype 2 title 'kick-coalesce/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'kick-coalesce/qsd-ram') ? $9 : NaN) with linespoints linetype 28 dashtype 3 title 'kick-coalesce/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'inject-direct/blkd-ram') ? $7 : NaN) with linespoints linetype 29 dashtype 1 title 'inject-direct/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'inject-direct/blkd-ram') ? $8 : NaN) with linespoints linetype 29 dashtype 2 title 'inject-direct/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'inject-direct/blkd-ram') ? $9 : NaN) with linespoints linetype 29 dashtype 3 title 'inject-direct/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'inject-direct/qsd-ram') ? $7 : NaN) with linespoints linetype 30 dashtype 1 title 'inject-direct/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'inject-direct/qsd-ram') ? $8 : NaN) with linespoints linetype 30 dashtype 2 title 'inject-direct/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'inject-direct/qsd-ram') ? $9 : NaN) with linespoints linetype 30 dashtype 3 title 'inject-direct/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'inject-coalesce/blkd-ram') ? $7 : NaN) with linespoints linetype 31 dashtype 1 title 'inject-coalesce/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'inject-coalesce/blkd-ram') ? $8 : NaN) with linespoints linetype 31 dashtype 2 title 'inject-coalesce/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'inject-coalesce/blkd-ram') ? $9 : NaN) with linespoints linetype 31 dashtype 3 title 'inject-coalesce/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'inject-coalesce/qsd-ram') ? $7 : NaN) with linespoints linetype 32 dashtype 1 title 'inject-coalesce/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'inject-coalesce/qsd-ram') ? $8 : NaN) with linespoints linetype 32 dashtype 2 title 'inject-coalesce/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'inject-coalesce/qsd-ram') ? $9 : NaN) with linespoints linetype 32 dashtype 3 title 'inject-coalesce/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'irq-sticky/blkd-ram') ? $7 : NaN) with linespoints linetype 33 dashtype 1 title 'irq-sticky/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'irq-sticky/blkd-ram') ? $8 : NaN) with linespoints linetype 33 dashtype 2 title 'irq-sticky/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'irq-sticky/blkd-ram') ? $9 : NaN) with linespoints linetype 33 dashtype 3 title 'irq-sticky/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'irq-sticky/qsd-ram') ? $7 : NaN) with linespoints linetype 34 dashtype 1 title 'irq-sticky/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'irq-sticky/qsd-ram') ? $8 : NaN) with linespoints linetype 34 dashtype 2 title 'irq-sticky/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'irq-sticky/qsd-ram') ? $9 : NaN) with linespoints linetype 34 dashtype 3 title 'irq-sticky/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'irq-local/blkd-ram') ? $7 : NaN) with linespoints linetype 35 dashtype 1 title 'irq-local/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'irq-local/blkd-ram') ? $8 : NaN) with linespoints linetype 35 dashtype 2 title 'irq-local/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'irq-local/blkd-ram') ? $9 : NaN) with linespoints linetype 35 dashtype 3 title 'irq-local/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'irq-local/qsd-ram') ? $7 : NaN) with linespoints linetype 36 dashtype 1 title 'irq-local/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 36 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'irq-local/qsd-ram') ? $8 : NaN) with linespoints linetype 36 dashtype 2 title 'irq-local/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 36 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('read','1M',1,'irq-local/qsd-ram') ? $9 : NaN) with linespoints linetype 36 dashtype 3 title 'irq-local/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 36 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set output
}

# Latency p50 (solid), p99 (dashed), p99.9 (dotted): write, bs 1M, numjobs 1
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 900, 480
    } else {
      set terminal png noenhanced size 900, 480
    }
  } else {
    set terminal svg noenhanced size 900, 480
  }
  set output 'lat-write-1M-j1.'.fmt.sfx
  set title 'Latency p50 (solid), p99 (dashed), p99.9 (dotted): write, bs 1M, numjobs 1'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'ours/blkd-ram') ? $7 : NaN) with linespoints linetype 1 dashtype 1 title 'ours/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'ours/blkd-ram') ? $8 : NaN) with linespoints linetype 1 dashtype 2 title 'ours/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'ours/blkd-ram') ? $9 : NaN) with linespoints linetype 1 dashtype 3 title 'ours/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'ours/qsd-ram') ? $7 : NaN) with linespoints linetype 2 dashtype 1 title 'ours/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'ours/qsd-ram') ? $8 : NaN) with linespoints linetype 2 dashtype 2 title 'ours/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'ours/qsd-ram') ? $9 : NaN) with linespoints linetype 2 dashtype 3 title 'ours/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'aa/blkd-ram') ? $7 : NaN) with linespoints linetype 3 dashtype 1 title 'aa/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'aa/blkd-ram') ? $8 : NaN) with linespoints linetype 3 dashtype 2 title 'aa/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'aa/blkd-ram') ? $9 : NaN) with linespoints linetype 3 dashtype 3 title 'aa/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'aa/qsd-ram') ? $7 : NaN) with linespoints linetype 4 dashtype 1 title 'aa/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'aa/qsd-ram') ? $8 : NaN) with linespoints linetype 4 dashtype 2 title 'aa/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'aa/qsd-ram') ? $9 : NaN) with linespoints linetype 4 dashtype 3 title 'aa/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'prealloc/blkd-ram') ? $7 : NaN) with linespoints linetype 5 dashtype 1 title 'prealloc/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'prealloc/blkd-ram') ? $8 : NaN) with linespoints linetype 5 dashtype 2 title 'prealloc/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'prealloc/blkd-ram') ? $9 : NaN) with linespoints linetype 5 dashtype 3 title 'prealloc/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'prealloc/qsd-ram') ? $7 : NaN) with linespoints linetype 6 dashtype 1 title 'prealloc/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'prealloc/qsd-ram') ? $8 : NaN) with linespoints linetype 6 dashtype 2 title 'prealloc/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'prealloc/qsd-ram') ? $9 : NaN) with linespoints linetype 6 dashtype 3 title 'prealloc/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'prealloc-4m/blkd-ram') ? $7 : NaN) with linespoints linetype 7 dashtype 1 title 'prealloc-4m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'prealloc-4m/blkd-ram') ? $8 : NaN) with linespoints linetype 7 dashtype 2 title 'prealloc-4m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'prealloc-4m/blkd-ram') ? $9 : NaN) with linespoints linetype 7 dashtype 3 title 'prealloc-4m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'prealloc-4m/qsd-ram') ? $7 : NaN) with linespoints linetype 8 dashtype 1 title 'prealloc-4m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'prealloc-4m/qsd-ram') ? $8 : NaN) with linespoints linetype 8 dashtype 2 title 'prealloc-4m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'prealloc-4m/qsd-ram') ? $9 : NaN) with linespoints linetype 8 dashtype 3 title 'prealloc-4m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'hugepage/blkd-ram') ? $7 : NaN) with linespoints linetype 9 dashtype 1 title 'hugepage/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'hugepage/blkd-ram') ? $8 : NaN) with linespoints linetype 9 dashtype 2 title 'hugepage/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'hugepage/blkd-ram') ? $9 : NaN) with linespoints linetype 9 dashtype 3 title 'hugepage/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'hugepage/qsd-ram') ? $7 : NaN) with linespoints linetype 10 dashtype 1 title 'hugepage/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'hugepage/qsd-ram') ? $8 : NaN) with linespoints linetype 10 dashtype 2 title 'hugepage/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'hugepage/qsd-ram') ? $9 : NaN) with linespoints linetype 10 dashtype 3 title 'hugepage/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'hugepage-4m/blkd-ram') ? $7 : NaN) with linespoints linetype 11 dashtype 1 title 'hugepage-4m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'hugepage-4m/blkd-ram') ? $8 : NaN) with linespoints linetype 11 dashtype 2 title 'hugepage-4m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'hugepage-4m/blkd-ram') ? $9 : NaN) with linespoints linetype 11 dashtype 3 title 'hugepage-4m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'hugepage-4m/qsd-ram') ? $7 : NaN) with linespoints linetype 12 dashtype 1 title 'hugepage-4m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'hugepage-4m/qsd-ram') ? $8 : NaN) with linespoints linetype 12 dashtype 2 title 'hugepage-4m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'hugepage-4m/qsd-ram') ? $9 : NaN) with linespoints linetype 12 dashtype 3 title 'hugepage-4m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'lazy-1m/blkd-ram') ? $7 : NaN) with linespoints linetype 13 dashtype 1 title 'lazy-1m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'lazy-1m/blkd-ram') ? $8 : NaN) with linespoints linetype 13 dashtype 2 title 'lazy-1m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'lazy-1m/blkd-ram') ? $9 : NaN) with linespoints linetype 13 dashtype 3 title 'lazy-1m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'lazy-1m/qsd-ram') ? $7 : NaN) with linespoints linetype 14 dashtype 1 title 'lazy-1m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'lazy-1m/qsd-ram') ? $8 : NaN) with linespoints linetype 14 dashtype 2 title 'lazy-1m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'lazy-1m/qsd-ram') ? $9 : NaN) with linespoints linetype 14 dashtype 3 title 'lazy-1m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'lazy-4m/blkd-ram') ? $7 : NaN) with linespoints linetype 15 dashtype 1 title 'lazy-4m/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'lazy-4m/blkd-ram') ? $8 : NaN) with linespoints linetype 15 dashtype 2 title 'lazy-4m/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'lazy-4m/blkd-ram') ? $9 : NaN) with linespoints linetype 15 dashtype 3 title 'lazy-4m/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'lazy-4m/qsd-ram') ? $7 : NaN) with linespoints linetype 16 dashtype 1 title 'lazy-4m/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'lazy-4m/qsd-ram') ? $8 : NaN) with linespoints linetype 16 dashtype 2 title 'lazy-4m/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'lazy-4m/qsd-ram') ? $9 : NaN) with linespoints linetype 16 dashtype 3 title 'lazy-4m/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'direct/blkd-ram') ? $7 : NaN) with linespoints linetype 17 dashtype 1 title 'direct/blkd-ram (unsafe) p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'direct/blkd-ram') ? $8 : NaN) with linespoints linetype 17 dashtype 2 title 'direct/blkd-ram (unsafe) p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'direct/blkd-ram') ? $9 : NaN) with linespoints linetype 17 dashtype 3 title 'direct/blkd-ram (unsafe) p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'direct/qsd-ram') ? $7 : NaN) with linespoints linetype 18 dashtype 1 title 'direct/qsd-ram (unsafe) p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'direct/qsd-ram') ? $8 : NaN) with linespoints linetype 18 dashtype 2 title 'direct/qsd-ram (unsafe) p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'direct/qsd-ram') ? $9 : NaN) with linespoints linetype 18 dashtype 3 title 'direct/qsd-ram (unsafe) p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'runs/blkd-ram') ? $7 : NaN) with linespoints linetype 19 dashtype 1 title 'runs/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'runs/blkd-ram') ? $8 : NaN) with linespoints linetype 19 dashtype 2 title 'runs/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'runs/blkd-ram') ? $9 : NaN) with linespoints linetype 19 dashtype 3 title 'runs/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'runs/qsd-ram') ? $7 : NaN) with linespoints linetype 20 dashtype 1 title 'runs/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'runs/qsd-ram') ? $8 : NaN) with linespoints linetype 20 dashtype 2 title 'runs/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'runs/qsd-ram') ? $9 : NaN) with linespoints linetype 20 dashtype 3 title 'runs/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'nocache/blkd-ram') ? $7 : NaN) with linespoints linetype 21 dashtype 1 title 'nocache/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'nocache/blkd-ram') ? $8 : NaN) with linespoints linetype 21 dashtype 2 title 'nocache/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'nocache/blkd-ram') ? $9 : NaN) with linespoints linetype 21 dashtype 3 title 'nocache/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'nocache/qsd-ram') ? $7 : NaN) with linespoints linetype 22 dashtype 1 title 'nocache/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'nocache/qsd-ram') ? $8 : NaN) with linespoints linetype 22 dashtype 2 title 'nocache/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'nocache/qsd-ram') ? $9 : NaN) with linespoints linetype 22 dashtype 3 title 'nocache/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'iova-plain/blkd-ram') ? $7 : NaN) with linespoints linetype 23 dashtype 1 title 'iova-plain/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'iova-plain/blkd-ram') ? $8 : NaN) with linespoints linetype 23 dashtype 2 title 'iova-plain/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'iova-plain/blkd-ram') ? $9 : NaN) with linespoints linetype 23 dashtype 3 title 'iova-plain/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'iova-plain/qsd-ram') ? $7 : NaN) with linespoints linetype 24 dashtype 1 title 'iova-plain/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'iova-plain/qsd-ram') ? $8 : NaN) with linespoints linetype 24 dashtype 2 title 'iova-plain/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'iova-plain/qsd-ram') ? $9 : NaN) with linespoints linetype 24 dashtype 3 title 'iova-plain/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'kick-work/blkd-ram') ? $7 : NaN) with linespoints linetype 25 dashtype 1 title 'kick-work/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'kick-work/blkd-ram') ? $8 : NaN) with linespoints linetype 25 dashtype 2 title 'kick-work/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'kick-work/blkd-ram') ? $9 : NaN) with linespoints linetype 25 dashtype 3 title 'kick-work/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'kick-work/qsd-ram') ? $7 : NaN) with linespoints linetype 26 dashtype 1 title 'kick-work/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'kick-work/qsd-ram') ? $8 : NaN) with linespoints linetype 26 dashtype 2 title 'kick-work/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'kick-work/qsd-ram') ? $9 : NaN) with linespoints linetype 26 dashtype 3 title 'kick-work/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'kick-coalesce/blkd-ram') ? $7 : NaN) with linespoints linetype 27 dashtype 1 title 'kick-coalesce/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'kick-coalesce/blkd-ram') ? $8 : NaN) with linespoints linetype 27 dashtype 2 title 'kick-coalesce/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'kick-coalesce/blkd-ram') ? $9 : NaN) with linespoints linetype 27 dashtype 3 title 'kick-coalesce/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'kick-coalesce/qsd-ram') ? $7 : NaN) with linespoints linetype 28 dashtype 1 title 'kick-coalesce/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'kick-coalesce/qsd-ram') ? $8 : NaN) with linespoints linetype 28 dashtype 2 title 'kick-coalesce/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'kick-coalesce/qsd-ram') ? $9 : NaN) with linespoints linetype 28 dashtype 3 title 'kick-coalesce/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'inject-direct/blkd-ram') ? $7 : NaN) with linespoints linetype 29 dashtype 1 title 'inject-direct/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'inject-direct/blkd-ram') ? $8 : NaN) with linespoints linetype 29 dashtype 2 title 'inject-direct/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'inject-direct/blkd-ram') ? $9 : NaN) with linespoints linetype 29 dashtype 3 title 'inject-direct/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'inject-direct/qsd-ram') ? $7 : NaN) with linespoints linetype 30 dashtype 1 title 'inject-direct/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'inject-direct/qsd-ram') ? $8 : NaN) with linespoints linetype 30 dashtype 2 title 'inject-direct/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'inject-direct/qsd-ram') ? $9 : NaN) with linespoints linetype 30 dashtype 3 title 'inject-direct/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'inject-coalesce/blkd-ram') ? $7 : NaN) with linespoints linetype 31 dashtype 1 title 'inject-coalesce/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'inject-coalesce/blkd-ram') ? $8 : NaN) with linespoints linetype 31 dashtype 2 title 'inject-coalesce/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'inject-coalesce/blkd-ram') ? $9 : NaN) with linespoints linetype 31 dashtype 3 title 'inject-coalesce/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'inject-coalesce/qsd-ram') ? $7 : NaN) with linespoints linetype 32 dashtype 1 title 'inject-coalesce/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'inject-coalesce/qsd-ram') ? $8 : NaN) with linespoints linetype 32 dashtype 2 title 'inject-coalesce/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'inject-coalesce/qsd-ram') ? $9 : NaN) with linespoints linetype 32 dashtype 3 title 'inject-coalesce/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'irq-sticky/blkd-ram') ? $7 : NaN) with linespoints linetype 33 dashtype 1 title 'irq-sticky/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'irq-sticky/blkd-ram') ? $8 : NaN) with linespoints linetype 33 dashtype 2 title 'irq-sticky/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'irq-sticky/blkd-ram') ? $9 : NaN) with linespoints linetype 33 dashtype 3 title 'irq-sticky/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'irq-sticky/qsd-ram') ? $7 : NaN) with linespoints linetype 34 dashtype 1 title 'irq-sticky/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'irq-sticky/qsd-ram') ? $8 : NaN) with linespoints linetype 34 dashtype 2 title 'irq-sticky/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'irq-sticky/qsd-ram') ? $9 : NaN) with linespoints linetype 34 dashtype 3 title 'irq-sticky/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'irq-local/blkd-ram') ? $7 : NaN) with linespoints linetype 35 dashtype 1 title 'irq-local/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'irq-local/blkd-ram') ? $8 : NaN) with linespoints linetype 35 dashtype 2 title 'irq-local/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'irq-local/blkd-ram') ? $9 : NaN) with linespoints linetype 35 dashtype 3 title 'irq-local/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'irq-local/qsd-ram') ? $7 : NaN) with linespoints linetype 36 dashtype 1 title 'irq-local/qsd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):11 with points linetype 36 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'irq-local/qsd-ram') ? $8 : NaN) with linespoints linetype 36 dashtype 2 title 'irq-local/qsd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):12 with points linetype 36 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('write','1M',1,'irq-local/qsd-ram') ? $9 : NaN) with linespoints linetype 36 dashtype 3 title 'irq-local/qsd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):13 with points linetype 36 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set output
}
