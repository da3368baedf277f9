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

# Latency p50 (solid), p99 (dashed), p99.9 (dotted): randread, bs 4k, numjobs 2
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
  set output 'lat-randread-4k-j2.'.fmt.sfx
  set title 'Latency p50 (solid), p99 (dashed), p99.9 (dotted): randread, bs 4k, numjobs 2'
  set label 1 'Clock: wall (TCG, multi-threaded: host time, noisy; compare only inside a run); compare configurations only' at screen 0.01, screen 0.02 left textcolor rgb '#b00000'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'ours/blkd-ram') ? $7 : NaN) with linespoints linetype 1 dashtype 1 title 'ours/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'ours/blkd-ram') ? $8 : NaN) with linespoints linetype 1 dashtype 2 title 'ours/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'ours/blkd-ram') ? $9 : NaN) with linespoints linetype 1 dashtype 3 title 'ours/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'aa/blkd-ram') ? $7 : NaN) with linespoints linetype 2 dashtype 1 title 'aa/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'aa/blkd-ram') ? $8 : NaN) with linespoints linetype 2 dashtype 2 title 'aa/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'aa/blkd-ram') ? $9 : NaN) with linespoints linetype 2 dashtype 3 title 'aa/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'iova-plain/blkd-ram') ? $7 : NaN) with linespoints linetype 3 dashtype 1 title 'iova-plain/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'iova-plain/blkd-ram') ? $8 : NaN) with linespoints linetype 3 dashtype 2 title 'iova-plain/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'iova-plain/blkd-ram') ? $9 : NaN) with linespoints linetype 3 dashtype 3 title 'iova-plain/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'kick-work/blkd-ram') ? $7 : NaN) with linespoints linetype 4 dashtype 1 title 'kick-work/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'kick-work/blkd-ram') ? $8 : NaN) with linespoints linetype 4 dashtype 2 title 'kick-work/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'kick-work/blkd-ram') ? $9 : NaN) with linespoints linetype 4 dashtype 3 title 'kick-work/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'kick-coalesce/blkd-ram') ? $7 : NaN) with linespoints linetype 5 dashtype 1 title 'kick-coalesce/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'kick-coalesce/blkd-ram') ? $8 : NaN) with linespoints linetype 5 dashtype 2 title 'kick-coalesce/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'kick-coalesce/blkd-ram') ? $9 : NaN) with linespoints linetype 5 dashtype 3 title 'kick-coalesce/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'inject-direct/blkd-ram') ? $7 : NaN) with linespoints linetype 6 dashtype 1 title 'inject-direct/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'inject-direct/blkd-ram') ? $8 : NaN) with linespoints linetype 6 dashtype 2 title 'inject-direct/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'inject-direct/blkd-ram') ? $9 : NaN) with linespoints linetype 6 dashtype 3 title 'inject-direct/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'inject-coalesce/blkd-ram') ? $7 : NaN) with linespoints linetype 7 dashtype 1 title 'inject-coalesce/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'inject-coalesce/blkd-ram') ? $8 : NaN) with linespoints linetype 7 dashtype 2 title 'inject-coalesce/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'inject-coalesce/blkd-ram') ? $9 : NaN) with linespoints linetype 7 dashtype 3 title 'inject-coalesce/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'irq-sticky/blkd-ram') ? $7 : NaN) with linespoints linetype 8 dashtype 1 title 'irq-sticky/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'irq-sticky/blkd-ram') ? $8 : NaN) with linespoints linetype 8 dashtype 2 title 'irq-sticky/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'irq-sticky/blkd-ram') ? $9 : NaN) with linespoints linetype 8 dashtype 3 title 'irq-sticky/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'irq-local/blkd-ram') ? $7 : NaN) with linespoints linetype 9 dashtype 1 title 'irq-local/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'irq-local/blkd-ram') ? $8 : NaN) with linespoints linetype 9 dashtype 2 title 'irq-local/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'irq-local/blkd-ram') ? $9 : NaN) with linespoints linetype 9 dashtype 3 title 'irq-local/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 9 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set output
}

# Latency p50 (solid), p99 (dashed), p99.9 (dotted): randwrite, bs 4k, numjobs 2
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
  set output 'lat-randwrite-4k-j2.'.fmt.sfx
  set title 'Latency p50 (solid), p99 (dashed), p99.9 (dotted): randwrite, bs 4k, numjobs 2'
  set label 1 'Clock: wall (TCG, multi-threaded: host time, noisy; compare only inside a run); compare configurations only' at screen 0.01, screen 0.02 left textcolor rgb '#b00000'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'ours/blkd-ram') ? $7 : NaN) with linespoints linetype 1 dashtype 1 title 'ours/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'ours/blkd-ram') ? $8 : NaN) with linespoints linetype 1 dashtype 2 title 'ours/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'ours/blkd-ram') ? $9 : NaN) with linespoints linetype 1 dashtype 3 title 'ours/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'aa/blkd-ram') ? $7 : NaN) with linespoints linetype 2 dashtype 1 title 'aa/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'aa/blkd-ram') ? $8 : NaN) with linespoints linetype 2 dashtype 2 title 'aa/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'aa/blkd-ram') ? $9 : NaN) with linespoints linetype 2 dashtype 3 title 'aa/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'iova-plain/blkd-ram') ? $7 : NaN) with linespoints linetype 3 dashtype 1 title 'iova-plain/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'iova-plain/blkd-ram') ? $8 : NaN) with linespoints linetype 3 dashtype 2 title 'iova-plain/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'iova-plain/blkd-ram') ? $9 : NaN) with linespoints linetype 3 dashtype 3 title 'iova-plain/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'kick-work/blkd-ram') ? $7 : NaN) with linespoints linetype 4 dashtype 1 title 'kick-work/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'kick-work/blkd-ram') ? $8 : NaN) with linespoints linetype 4 dashtype 2 title 'kick-work/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'kick-work/blkd-ram') ? $9 : NaN) with linespoints linetype 4 dashtype 3 title 'kick-work/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'kick-coalesce/blkd-ram') ? $7 : NaN) with linespoints linetype 5 dashtype 1 title 'kick-coalesce/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'kick-coalesce/blkd-ram') ? $8 : NaN) with linespoints linetype 5 dashtype 2 title 'kick-coalesce/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'kick-coalesce/blkd-ram') ? $9 : NaN) with linespoints linetype 5 dashtype 3 title 'kick-coalesce/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'inject-direct/blkd-ram') ? $7 : NaN) with linespoints linetype 6 dashtype 1 title 'inject-direct/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'inject-direct/blkd-ram') ? $8 : NaN) with linespoints linetype 6 dashtype 2 title 'inject-direct/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'inject-direct/blkd-ram') ? $9 : NaN) with linespoints linetype 6 dashtype 3 title 'inject-direct/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'inject-coalesce/blkd-ram') ? $7 : NaN) with linespoints linetype 7 dashtype 1 title 'inject-coalesce/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'inject-coalesce/blkd-ram') ? $8 : NaN) with linespoints linetype 7 dashtype 2 title 'inject-coalesce/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'inject-coalesce/blkd-ram') ? $9 : NaN) with linespoints linetype 7 dashtype 3 title 'inject-coalesce/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'irq-sticky/blkd-ram') ? $7 : NaN) with linespoints linetype 8 dashtype 1 title 'irq-sticky/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'irq-sticky/blkd-ram') ? $8 : NaN) with linespoints linetype 8 dashtype 2 title 'irq-sticky/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'irq-sticky/blkd-ram') ? $9 : NaN) with linespoints linetype 8 dashtype 3 title 'irq-sticky/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'irq-local/blkd-ram') ? $7 : NaN) with linespoints linetype 9 dashtype 1 title 'irq-local/blkd-ram p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):11 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'irq-local/blkd-ram') ? $8 : NaN) with linespoints linetype 9 dashtype 2 title 'irq-local/blkd-ram p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):12 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'irq-local/blkd-ram') ? $9 : NaN) with linespoints linetype 9 dashtype 3 title 'irq-local/blkd-ram p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):13 with points linetype 9 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set output
}
