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
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock/qsd-null') ? $7 : NaN) with linespoints linetype 1 dashtype 1 title 'stock/qsd-null p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):11 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock/qsd-null') ? $8 : NaN) with linespoints linetype 1 dashtype 2 title 'stock/qsd-null p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):12 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock/qsd-null') ? $9 : NaN) with linespoints linetype 1 dashtype 3 title 'stock/qsd-null p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):13 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock/blkd-null-auto') ? $7 : NaN) with linespoints linetype 2 dashtype 1 title 'stock/blkd-null-auto p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-null-auto' ? $4*2**0.12 : NaN):11 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock/blkd-null-auto') ? $8 : NaN) with linespoints linetype 2 dashtype 2 title 'stock/blkd-null-auto p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-null-auto' ? $4*2**0.12 : NaN):12 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock/blkd-null-auto') ? $9 : NaN) with linespoints linetype 2 dashtype 3 title 'stock/blkd-null-auto p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-null-auto' ? $4*2**0.12 : NaN):13 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock/qsd-file') ? $7 : NaN) with linespoints linetype 3 dashtype 1 title 'stock/qsd-file p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-file' ? $4*2**0.12 : NaN):11 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock/qsd-file') ? $8 : NaN) with linespoints linetype 3 dashtype 2 title 'stock/qsd-file p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-file' ? $4*2**0.12 : NaN):12 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock/qsd-file') ? $9 : NaN) with linespoints linetype 3 dashtype 3 title 'stock/qsd-file p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-file' ? $4*2**0.12 : NaN):13 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock/blkd-file-auto') ? $7 : NaN) with linespoints linetype 4 dashtype 1 title 'stock/blkd-file-auto p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-file-auto' ? $4*2**0.12 : NaN):11 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock/blkd-file-auto') ? $8 : NaN) with linespoints linetype 4 dashtype 2 title 'stock/blkd-file-auto p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-file-auto' ? $4*2**0.12 : NaN):12 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock/blkd-file-auto') ? $9 : NaN) with linespoints linetype 4 dashtype 3 title 'stock/blkd-file-auto p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-file-auto' ? $4*2**0.12 : NaN):13 with points linetype 4 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set output
}

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
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'stock/qsd-null') ? $7 : NaN) with linespoints linetype 1 dashtype 1 title 'stock/qsd-null p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):11 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'stock/qsd-null') ? $8 : NaN) with linespoints linetype 1 dashtype 2 title 'stock/qsd-null p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):12 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'stock/qsd-null') ? $9 : NaN) with linespoints linetype 1 dashtype 3 title 'stock/qsd-null p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):13 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'stock/blkd-null-auto') ? $7 : NaN) with linespoints linetype 2 dashtype 1 title 'stock/blkd-null-auto p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/blkd-null-auto' ? $4*2**0.12 : NaN):11 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'stock/blkd-null-auto') ? $8 : NaN) with linespoints linetype 2 dashtype 2 title 'stock/blkd-null-auto p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/blkd-null-auto' ? $4*2**0.12 : NaN):12 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'stock/blkd-null-auto') ? $9 : NaN) with linespoints linetype 2 dashtype 3 title 'stock/blkd-null-auto p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/blkd-null-auto' ? $4*2**0.12 : NaN):13 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'stock/qsd-file') ? $7 : NaN) with linespoints linetype 3 dashtype 1 title 'stock/qsd-file p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/qsd-file' ? $4*2**0.12 : NaN):11 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'stock/qsd-file') ? $8 : NaN) with linespoints linetype 3 dashtype 2 title 'stock/qsd-file p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/qsd-file' ? $4*2**0.12 : NaN):12 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'stock/qsd-file') ? $9 : NaN) with linespoints linetype 3 dashtype 3 title 'stock/qsd-file p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/qsd-file' ? $4*2**0.12 : NaN):13 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'stock/blkd-file-auto') ? $7 : NaN) with linespoints linetype 4 dashtype 1 title 'stock/blkd-file-auto p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/blkd-file-auto' ? $4*2**0.12 : NaN):11 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'stock/blkd-file-auto') ? $8 : NaN) with linespoints linetype 4 dashtype 2 title 'stock/blkd-file-auto p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/blkd-file-auto' ? $4*2**0.12 : NaN):12 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',2,'stock/blkd-file-auto') ? $9 : NaN) with linespoints linetype 4 dashtype 3 title 'stock/blkd-file-auto p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/blkd-file-auto' ? $4*2**0.12 : NaN):13 with points linetype 4 pointtype 6 pointsize 0.5 notitle
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
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'stock/qsd-null') ? $7 : NaN) with linespoints linetype 1 dashtype 1 title 'stock/qsd-null p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):11 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'stock/qsd-null') ? $8 : NaN) with linespoints linetype 1 dashtype 2 title 'stock/qsd-null p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):12 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'stock/qsd-null') ? $9 : NaN) with linespoints linetype 1 dashtype 3 title 'stock/qsd-null p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):13 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'stock/blkd-null-auto') ? $7 : NaN) with linespoints linetype 2 dashtype 1 title 'stock/blkd-null-auto p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-null-auto' ? $4*2**0.12 : NaN):11 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'stock/blkd-null-auto') ? $8 : NaN) with linespoints linetype 2 dashtype 2 title 'stock/blkd-null-auto p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-null-auto' ? $4*2**0.12 : NaN):12 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'stock/blkd-null-auto') ? $9 : NaN) with linespoints linetype 2 dashtype 3 title 'stock/blkd-null-auto p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-null-auto' ? $4*2**0.12 : NaN):13 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'stock/qsd-file') ? $7 : NaN) with linespoints linetype 3 dashtype 1 title 'stock/qsd-file p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-file' ? $4*2**0.12 : NaN):11 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'stock/qsd-file') ? $8 : NaN) with linespoints linetype 3 dashtype 2 title 'stock/qsd-file p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-file' ? $4*2**0.12 : NaN):12 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'stock/qsd-file') ? $9 : NaN) with linespoints linetype 3 dashtype 3 title 'stock/qsd-file p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/qsd-file' ? $4*2**0.12 : NaN):13 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'stock/blkd-file-auto') ? $7 : NaN) with linespoints linetype 4 dashtype 1 title 'stock/blkd-file-auto p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-file-auto' ? $4*2**0.12 : NaN):11 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'stock/blkd-file-auto') ? $8 : NaN) with linespoints linetype 4 dashtype 2 title 'stock/blkd-file-auto p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-file-auto' ? $4*2**0.12 : NaN):12 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',1,'stock/blkd-file-auto') ? $9 : NaN) with linespoints linetype 4 dashtype 3 title 'stock/blkd-file-auto p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-file-auto' ? $4*2**0.12 : NaN):13 with points linetype 4 pointtype 6 pointsize 0.5 notitle
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
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'stock/qsd-null') ? $7 : NaN) with linespoints linetype 1 dashtype 1 title 'stock/qsd-null p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):11 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'stock/qsd-null') ? $8 : NaN) with linespoints linetype 1 dashtype 2 title 'stock/qsd-null p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):12 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'stock/qsd-null') ? $9 : NaN) with linespoints linetype 1 dashtype 3 title 'stock/qsd-null p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/qsd-null' ? $4*2**0.12 : NaN):13 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'stock/blkd-null-auto') ? $7 : NaN) with linespoints linetype 2 dashtype 1 title 'stock/blkd-null-auto p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/blkd-null-auto' ? $4*2**0.12 : NaN):11 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'stock/blkd-null-auto') ? $8 : NaN) with linespoints linetype 2 dashtype 2 title 'stock/blkd-null-auto p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/blkd-null-auto' ? $4*2**0.12 : NaN):12 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'stock/blkd-null-auto') ? $9 : NaN) with linespoints linetype 2 dashtype 3 title 'stock/blkd-null-auto p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/blkd-null-auto' ? $4*2**0.12 : NaN):13 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'stock/qsd-file') ? $7 : NaN) with linespoints linetype 3 dashtype 1 title 'stock/qsd-file p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/qsd-file' ? $4*2**0.12 : NaN):11 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'stock/qsd-file') ? $8 : NaN) with linespoints linetype 3 dashtype 2 title 'stock/qsd-file p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/qsd-file' ? $4*2**0.12 : NaN):12 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'stock/qsd-file') ? $9 : NaN) with linespoints linetype 3 dashtype 3 title 'stock/qsd-file p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/qsd-file' ? $4*2**0.12 : NaN):13 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'stock/blkd-file-auto') ? $7 : NaN) with linespoints linetype 4 dashtype 1 title 'stock/blkd-file-auto p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/blkd-file-auto' ? $4*2**0.12 : NaN):11 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'stock/blkd-file-auto') ? $8 : NaN) with linespoints linetype 4 dashtype 2 title 'stock/blkd-file-auto p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/blkd-file-auto' ? $4*2**0.12 : NaN):12 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randwrite','4k',2,'stock/blkd-file-auto') ? $9 : NaN) with linespoints linetype 4 dashtype 3 title 'stock/blkd-file-auto p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 2 && strcol(5) eq 'stock/blkd-file-auto' ? $4*2**0.12 : NaN):13 with points linetype 4 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set output
}
