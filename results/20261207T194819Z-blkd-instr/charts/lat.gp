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
  set xrange [0.707107:22.6274]
  set xtics (1, 16)
  unset mxtics
  plot \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock/blkd-null') ? $7 : NaN) with linespoints linetype 1 dashtype 1 title 'stock/blkd-null p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-null' ? $4*2**0.12 : NaN):11 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock/blkd-null') ? $8 : NaN) with linespoints linetype 1 dashtype 2 title 'stock/blkd-null p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-null' ? $4*2**0.12 : NaN):12 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock/blkd-null') ? $9 : NaN) with linespoints linetype 1 dashtype 3 title 'stock/blkd-null p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-null' ? $4*2**0.12 : NaN):13 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock/blkd-null-noinstr') ? $7 : NaN) with linespoints linetype 2 dashtype 1 title 'stock/blkd-null-noinstr p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-null-noinstr' ? $4*2**0.12 : NaN):11 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock/blkd-null-noinstr') ? $8 : NaN) with linespoints linetype 2 dashtype 2 title 'stock/blkd-null-noinstr p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-null-noinstr' ? $4*2**0.12 : NaN):12 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock/blkd-null-noinstr') ? $9 : NaN) with linespoints linetype 2 dashtype 3 title 'stock/blkd-null-noinstr p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-null-noinstr' ? $4*2**0.12 : NaN):13 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock2/blkd-null') ? $7 : NaN) with linespoints linetype 3 dashtype 1 title 'stock2/blkd-null p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock2/blkd-null' ? $4*2**0.12 : NaN):11 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock2/blkd-null') ? $8 : NaN) with linespoints linetype 3 dashtype 2 title 'stock2/blkd-null p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock2/blkd-null' ? $4*2**0.12 : NaN):12 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock2/blkd-null') ? $9 : NaN) with linespoints linetype 3 dashtype 3 title 'stock2/blkd-null p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock2/blkd-null' ? $4*2**0.12 : NaN):13 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock2/blkd-null-noinstr') ? $7 : NaN) with linespoints linetype 4 dashtype 1 title 'stock2/blkd-null-noinstr p50', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock2/blkd-null-noinstr' ? $4*2**0.12 : NaN):11 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock2/blkd-null-noinstr') ? $8 : NaN) with linespoints linetype 4 dashtype 2 title 'stock2/blkd-null-noinstr p99', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock2/blkd-null-noinstr' ? $4*2**0.12 : NaN):12 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'lat.csv' skip 1 using 4:(sel('randread','4k',1,'stock2/blkd-null-noinstr') ? $9 : NaN) with linespoints linetype 4 dashtype 3 title 'stock2/blkd-null-noinstr p99.9', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock2/blkd-null-noinstr' ? $4*2**0.12 : NaN):13 with points linetype 4 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set output
}
