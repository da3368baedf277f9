# Written by vlab-report: bw charts, drawn from bw.csv only.
# Re-draw with: cd charts; gnuplot bw.gp (vlab-report sets sfx to a
# temporary suffix and renames the pictures when gnuplot succeeds).
if (!exists('sfx')) sfx = ''
set datafile separator ','
set datafile missing 'NaN'
set key outside right top
set grid
set bmargin 5 # room for the TCG note under the axis label
sel(rw, qd, nj, cfg) = strcol(1) eq rw && column(2) == qd && column(3) == nj && strcol(6) eq cfg
set logscale x 2
set format x '%.0b%B'
set yrange [0:*]
set format y '%.1s%c'
set offsets graph 0.06, graph 0.06, graph 0.05, 0
set xlabel 'block size (ki = 1024 bytes, Mi = 1024 ki)'
set ylabel 'bandwidth (KiB/s): median, bars min to max, a dot per repetition'

# Bandwidth against block size: read, iodepth 4, numjobs 1
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
  set output 'bw-read-qd4-j1.'.fmt.sfx
  set title 'Bandwidth against block size: read, iodepth 4, numjobs 1'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  plot \
    'bw.csv' skip 1 using 5:(sel('read',4,1,'stock/qsd-null') ? $8 : NaN):9:10 with yerrorlines linetype 1 title 'stock/qsd-null', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && column(4) == 4 && column(3) == 1 && strcol(5) eq 'stock/qsd-null' ? $7*2**0.12 : NaN):9 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'bw.csv' skip 1 using 5:(sel('read',4,1,'ours/qsd-null') ? $8 : NaN):9:10 with yerrorlines linetype 2 title 'ours/qsd-null', \
    'reps.csv' skip 1 using (strcol(1) eq 'read' && column(4) == 4 && column(3) == 1 && strcol(5) eq 'ours/qsd-null' ? $7*2**0.12 : NaN):9 with points linetype 2 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set output
}
