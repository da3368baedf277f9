# Written by vlab-report: IOPS against queue depth, drawn from chart.csv only.
# Re-draw with: gnuplot chart.gp (vlab-report sets sfx to a temporary
# suffix and renames the pictures when gnuplot succeeds).
if (!exists('sfx')) sfx = ''
width = 1280; height = 480
set datafile separator ','
# rows of other series come out as NaN below; missing, they do not break lines
set datafile missing NaN
# a row of chart.csv belongs to the series of one workload and configuration
series(rw, bs, nj, drv, be) = strcol(1) eq rw && strcol(2) eq bs && column(3) == nj \
    && strcol(5) eq drv && strcol(6) eq be
set style data yerrorlines
set logscale x 2
# half an octave of room either side of the queue depths measured
set xrange [0.707107:45.2548]
set offsets 0, 0, graph 0.05, 0
set yrange [0:*]
set xlabel 'queue depth (fio iodepth)'
set ylabel 'IOPS: median, bars min to max'
set key top left
set grid
set bmargin 5 # room for the TCG note under the axis label
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size width, height
    } else {
      set terminal png noenhanced size width, height
    }
    set output 'chart.png'.sfx
  } else {
    set terminal svg noenhanced size width, height
    set output 'chart.svg'.sfx
  }
  set multiplot layout 1,2 title 'vduse-lab run backends-poll, clock wall'
  set label 1 'Clock: wall (tcg; recorded before the clock field existed); compare configurations only' at screen 0.01, screen 0.015 left textcolor rgb '#b00000'
  set title 'randread, bs 4k, numjobs 1'
  plot \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'stock','qsd-null') ? $8 : NaN):9:10 linetype 1 title 'stock/qsd-null', \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'stock','blkd-null') ? $8 : NaN):9:10 linetype 2 title 'stock/blkd-null', \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'stock','blkd-null-poll') ? $8 : NaN):9:10 linetype 3 title 'stock/blkd-null-poll', \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'stock','qsd-file') ? $8 : NaN):9:10 linetype 4 title 'stock/qsd-file', \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'stock','blkd-file') ? $8 : NaN):9:10 linetype 5 title 'stock/blkd-file', \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'stock','blkd-file-poll') ? $8 : NaN):9:10 linetype 6 title 'stock/blkd-file-poll'
  unset label 1
  set title 'randwrite, bs 4k, numjobs 1'
  plot \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'stock','qsd-null') ? $8 : NaN):9:10 linetype 1 title 'stock/qsd-null', \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'stock','blkd-null') ? $8 : NaN):9:10 linetype 2 title 'stock/blkd-null', \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'stock','blkd-null-poll') ? $8 : NaN):9:10 linetype 3 title 'stock/blkd-null-poll', \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'stock','qsd-file') ? $8 : NaN):9:10 linetype 4 title 'stock/qsd-file', \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'stock','blkd-file') ? $8 : NaN):9:10 linetype 5 title 'stock/blkd-file', \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'stock','blkd-file-poll') ? $8 : NaN):9:10 linetype 6 title 'stock/blkd-file-poll'
  unset multiplot
  set output
}
