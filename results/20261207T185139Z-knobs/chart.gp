# Written by vlab-report: IOPS against queue depth, drawn from chart.csv
# (medians) and charts/reps.csv (a dot per repetition) only.
# Re-draw with: gnuplot chart.gp (vlab-report sets sfx to a temporary
# suffix and renames the pictures when gnuplot succeeds).
if (!exists('sfx')) sfx = ''
width = 1280; height = 1360
set datafile separator ','
# rows of other series come out as NaN below; missing, they do not break lines
set datafile missing NaN
# a row of chart.csv belongs to the series of one workload and configuration
series(rw, bs, nj, drv, be) = strcol(1) eq rw && strcol(2) eq bs && column(3) == nj \
    && strcol(5) eq drv && strcol(6) eq be
set style data yerrorlines
set logscale x 2
set offsets 0, 0, graph 0.05, 0
set yrange [0:*]
set xlabel 'queue depth (fio iodepth)'
set ylabel 'IOPS: median, bars min to max, a dot per repetition'
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
  set multiplot layout 3,2 title 'vduse-lab run knobs, clock icount'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.015 left textcolor rgb '#404040'
  set title 'randread, bs 4k, numjobs 1'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'ours','blkd-ram') ? $8 : NaN):9:10 linetype 1 title 'ours/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'ours','qsd-ram') ? $8 : NaN):9:10 linetype 2 title 'ours/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'aa','blkd-ram') ? $8 : NaN):9:10 linetype 3 title 'aa/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'aa','qsd-ram') ? $8 : NaN):9:10 linetype 4 title 'aa/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'prealloc','blkd-ram') ? $8 : NaN):9:10 linetype 5 title 'prealloc/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'prealloc','qsd-ram') ? $8 : NaN):9:10 linetype 6 title 'prealloc/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'prealloc-4m','blkd-ram') ? $8 : NaN):9:10 linetype 7 title 'prealloc-4m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'prealloc-4m','qsd-ram') ? $8 : NaN):9:10 linetype 8 title 'prealloc-4m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'hugepage','blkd-ram') ? $8 : NaN):9:10 linetype 9 title 'hugepage/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'hugepage','qsd-ram') ? $8 : NaN):9:10 linetype 10 title 'hugepage/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'hugepage-4m','blkd-ram') ? $8 : NaN):9:10 linetype 11 title 'hugepage-4m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'hugepage-4m','qsd-ram') ? $8 : NaN):9:10 linetype 12 title 'hugepage-4m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'lazy-1m','blkd-ram') ? $8 : NaN):9:10 linetype 13 title 'lazy-1m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'lazy-1m','qsd-ram') ? $8 : NaN):9:10 linetype 14 title 'lazy-1m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'lazy-4m','blkd-ram') ? $8 : NaN):9:10 linetype 15 title 'lazy-4m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'lazy-4m','qsd-ram') ? $8 : NaN):9:10 linetype 16 title 'lazy-4m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'direct','blkd-ram') ? $8 : NaN):9:10 linetype 17 dashtype (12, 6) title 'direct/blkd-ram (unsafe)', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'direct','qsd-ram') ? $8 : NaN):9:10 linetype 18 dashtype (12, 6) title 'direct/qsd-ram (unsafe)', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'runs','blkd-ram') ? $8 : NaN):9:10 linetype 19 title 'runs/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'runs','qsd-ram') ? $8 : NaN):9:10 linetype 20 title 'runs/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'nocache','blkd-ram') ? $8 : NaN):9:10 linetype 21 title 'nocache/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'nocache','qsd-ram') ? $8 : NaN):9:10 linetype 22 title 'nocache/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'iova-plain','blkd-ram') ? $8 : NaN):9:10 linetype 23 title 'iova-plain/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'iova-plain','qsd-ram') ? $8 : NaN):9:10 linetype 24 title 'iova-plain/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'kick-work','blkd-ram') ? $8 : NaN):9:10 linetype 25 title 'kick-work/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'kick-work','qsd-ram') ? $8 : NaN):9:10 linetype 26 title 'kick-work/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'kick-coalesce','blkd-ram') ? $8 : NaN):9:10 linetype 27 title 'kick-coalesce/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'kick-coalesce','qsd-ram') ? $8 : NaN):9:10 linetype 28 title 'kick-coalesce/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'inject-direct','blkd-ram') ? $8 : NaN):9:10 linetype 29 title 'inject-direct/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'inject-direct','qsd-ram') ? $8 : NaN):9:10 linetype 30 title 'inject-direct/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'inject-coalesce','blkd-ram') ? $8 : NaN):9:10 linetype 31 title 'inject-coalesce/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'inject-coalesce','qsd-ram') ? $8 : NaN):9:10 linetype 32 title 'inject-coalesce/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'irq-sticky','blkd-ram') ? $8 : NaN):9:10 linetype 33 title 'irq-sticky/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'irq-sticky','qsd-ram') ? $8 : NaN):9:10 linetype 34 title 'irq-sticky/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'irq-local','blkd-ram') ? $8 : NaN):9:10 linetype 35 title 'irq-local/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'irq-local','qsd-ram') ? $8 : NaN):9:10 linetype 36 title 'irq-local/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 36 pointtype 6 pointsize 0.5 notitle
  unset label 1
  set title 'randwrite, bs 4k, numjobs 1'
  set xrange [0.707107:45.2548]
  set xtics (1, 32)
  unset mxtics
  plot \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'ours','blkd-ram') ? $8 : NaN):9:10 linetype 1 title 'ours/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'ours','qsd-ram') ? $8 : NaN):9:10 linetype 2 title 'ours/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'aa','blkd-ram') ? $8 : NaN):9:10 linetype 3 title 'aa/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'aa','qsd-ram') ? $8 : NaN):9:10 linetype 4 title 'aa/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'prealloc','blkd-ram') ? $8 : NaN):9:10 linetype 5 title 'prealloc/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'prealloc','qsd-ram') ? $8 : NaN):9:10 linetype 6 title 'prealloc/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'prealloc-4m','blkd-ram') ? $8 : NaN):9:10 linetype 7 title 'prealloc-4m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'prealloc-4m','qsd-ram') ? $8 : NaN):9:10 linetype 8 title 'prealloc-4m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'hugepage','blkd-ram') ? $8 : NaN):9:10 linetype 9 title 'hugepage/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'hugepage','qsd-ram') ? $8 : NaN):9:10 linetype 10 title 'hugepage/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'hugepage-4m','blkd-ram') ? $8 : NaN):9:10 linetype 11 title 'hugepage-4m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'hugepage-4m','qsd-ram') ? $8 : NaN):9:10 linetype 12 title 'hugepage-4m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'lazy-1m','blkd-ram') ? $8 : NaN):9:10 linetype 13 title 'lazy-1m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'lazy-1m','qsd-ram') ? $8 : NaN):9:10 linetype 14 title 'lazy-1m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'lazy-4m','blkd-ram') ? $8 : NaN):9:10 linetype 15 title 'lazy-4m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'lazy-4m','qsd-ram') ? $8 : NaN):9:10 linetype 16 title 'lazy-4m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'direct','blkd-ram') ? $8 : NaN):9:10 linetype 17 dashtype (12, 6) title 'direct/blkd-ram (unsafe)', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'direct','qsd-ram') ? $8 : NaN):9:10 linetype 18 dashtype (12, 6) title 'direct/qsd-ram (unsafe)', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'runs','blkd-ram') ? $8 : NaN):9:10 linetype 19 title 'runs/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'runs','qsd-ram') ? $8 : NaN):9:10 linetype 20 title 'runs/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'nocache','blkd-ram') ? $8 : NaN):9:10 linetype 21 title 'nocache/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'nocache','qsd-ram') ? $8 : NaN):9:10 linetype 22 title 'nocache/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'iova-plain','blkd-ram') ? $8 : NaN):9:10 linetype 23 title 'iova-plain/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'iova-plain','qsd-ram') ? $8 : NaN):9:10 linetype 24 title 'iova-plain/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'kick-work','blkd-ram') ? $8 : NaN):9:10 linetype 25 title 'kick-work/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'kick-work','qsd-ram') ? $8 : NaN):9:10 linetype 26 title 'kick-work/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'kick-coalesce','blkd-ram') ? $8 : NaN):9:10 linetype 27 title 'kick-coalesce/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'kick-coalesce','qsd-ram') ? $8 : NaN):9:10 linetype 28 title 'kick-coalesce/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'inject-direct','blkd-ram') ? $8 : NaN):9:10 linetype 29 title 'inject-direct/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'inject-direct','qsd-ram') ? $8 : NaN):9:10 linetype 30 title 'inject-direct/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'inject-coalesce','blkd-ram') ? $8 : NaN):9:10 linetype 31 title 'inject-coalesce/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'inject-coalesce','qsd-ram') ? $8 : NaN):9:10 linetype 32 title 'inject-coalesce/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'irq-sticky','blkd-ram') ? $8 : NaN):9:10 linetype 33 title 'irq-sticky/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'irq-sticky','qsd-ram') ? $8 : NaN):9:10 linetype 34 title 'irq-sticky/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'irq-local','blkd-ram') ? $8 : NaN):9:10 linetype 35 title 'irq-local/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randwrite','4k',1,'irq-local','qsd-ram') ? $8 : NaN):9:10 linetype 36 title 'irq-local/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randwrite' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 36 pointtype 6 pointsize 0.5 notitle
  set title 'randrw-read70, bs 64k, numjobs 1'
  set xrange [5.65685:11.3137]
  set xtics (8)
  unset mxtics
  plot \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'ours','blkd-ram') ? $8 : NaN):9:10 linetype 1 title 'ours/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'ours','qsd-ram') ? $8 : NaN):9:10 linetype 2 title 'ours/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'aa','blkd-ram') ? $8 : NaN):9:10 linetype 3 title 'aa/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'aa','qsd-ram') ? $8 : NaN):9:10 linetype 4 title 'aa/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'prealloc','blkd-ram') ? $8 : NaN):9:10 linetype 5 title 'prealloc/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'prealloc','qsd-ram') ? $8 : NaN):9:10 linetype 6 title 'prealloc/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'prealloc-4m','blkd-ram') ? $8 : NaN):9:10 linetype 7 title 'prealloc-4m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'prealloc-4m','qsd-ram') ? $8 : NaN):9:10 linetype 8 title 'prealloc-4m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'hugepage','blkd-ram') ? $8 : NaN):9:10 linetype 9 title 'hugepage/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'hugepage','qsd-ram') ? $8 : NaN):9:10 linetype 10 title 'hugepage/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'hugepage-4m','blkd-ram') ? $8 : NaN):9:10 linetype 11 title 'hugepage-4m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'hugepage-4m','qsd-ram') ? $8 : NaN):9:10 linetype 12 title 'hugepage-4m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'lazy-1m','blkd-ram') ? $8 : NaN):9:10 linetype 13 title 'lazy-1m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'lazy-1m','qsd-ram') ? $8 : NaN):9:10 linetype 14 title 'lazy-1m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'lazy-4m','blkd-ram') ? $8 : NaN):9:10 linetype 15 title 'lazy-4m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'lazy-4m','qsd-ram') ? $8 : NaN):9:10 linetype 16 title 'lazy-4m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'direct','blkd-ram') ? $8 : NaN):9:10 linetype 17 dashtype (12, 6) title 'direct/blkd-ram (unsafe)', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'direct','qsd-ram') ? $8 : NaN):9:10 linetype 18 dashtype (12, 6) title 'direct/qsd-ram (unsafe)', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'runs','blkd-ram') ? $8 : NaN):9:10 linetype 19 title 'runs/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'runs','qsd-ram') ? $8 : NaN):9:10 linetype 20 title 'runs/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'nocache','blkd-ram') ? $8 : NaN):9:10 linetype 21 title 'nocache/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'nocache','qsd-ram') ? $8 : NaN):9:10 linetype 22 title 'nocache/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'iova-plain','blkd-ram') ? $8 : NaN):9:10 linetype 23 title 'iova-plain/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'iova-plain','qsd-ram') ? $8 : NaN):9:10 linetype 24 title 'iova-plain/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'kick-work','blkd-ram') ? $8 : NaN):9:10 linetype 25 title 'kick-work/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'kick-work','qsd-ram') ? $8 : NaN):9:10 linetype 26 title 'kick-work/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'kick-coalesce','blkd-ram') ? $8 : NaN):9:10 linetype 27 title 'kick-coalesce/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'kick-coalesce','qsd-ram') ? $8 : NaN):9:10 linetype 28 title 'kick-coalesce/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'inject-direct','blkd-ram') ? $8 : NaN):9:10 linetype 29 title 'inject-direct/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'inject-direct','qsd-ram') ? $8 : NaN):9:10 linetype 30 title 'inject-direct/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'inject-coalesce','blkd-ram') ? $8 : NaN):9:10 linetype 31 title 'inject-coalesce/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'inject-coalesce','qsd-ram') ? $8 : NaN):9:10 linetype 32 title 'inject-coalesce/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'irq-sticky','blkd-ram') ? $8 : NaN):9:10 linetype 33 title 'irq-sticky/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'irq-sticky','qsd-ram') ? $8 : NaN):9:10 linetype 34 title 'irq-sticky/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'irq-local','blkd-ram') ? $8 : NaN):9:10 linetype 35 title 'irq-local/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randrw-read70','64k',1,'irq-local','qsd-ram') ? $8 : NaN):9:10 linetype 36 title 'irq-local/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randrw-read70' && strcol(2) eq '64k' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 36 pointtype 6 pointsize 0.5 notitle
  set title 'read, bs 1M, numjobs 1'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'ours','blkd-ram') ? $8 : NaN):9:10 linetype 1 title 'ours/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'ours','qsd-ram') ? $8 : NaN):9:10 linetype 2 title 'ours/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'aa','blkd-ram') ? $8 : NaN):9:10 linetype 3 title 'aa/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'aa','qsd-ram') ? $8 : NaN):9:10 linetype 4 title 'aa/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'prealloc','blkd-ram') ? $8 : NaN):9:10 linetype 5 title 'prealloc/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'prealloc','qsd-ram') ? $8 : NaN):9:10 linetype 6 title 'prealloc/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'prealloc-4m','blkd-ram') ? $8 : NaN):9:10 linetype 7 title 'prealloc-4m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'prealloc-4m','qsd-ram') ? $8 : NaN):9:10 linetype 8 title 'prealloc-4m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'hugepage','blkd-ram') ? $8 : NaN):9:10 linetype 9 title 'hugepage/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'hugepage','qsd-ram') ? $8 : NaN):9:10 linetype 10 title 'hugepage/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'hugepage-4m','blkd-ram') ? $8 : NaN):9:10 linetype 11 title 'hugepage-4m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'hugepage-4m','qsd-ram') ? $8 : NaN):9:10 linetype 12 title 'hugepage-4m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'lazy-1m','blkd-ram') ? $8 : NaN):9:10 linetype 13 title 'lazy-1m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'lazy-1m','qsd-ram') ? $8 : NaN):9:10 linetype 14 title 'lazy-1m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'lazy-4m','blkd-ram') ? $8 : NaN):9:10 linetype 15 title 'lazy-4m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'lazy-4m','qsd-ram') ? $8 : NaN):9:10 linetype 16 title 'lazy-4m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'direct','blkd-ram') ? $8 : NaN):9:10 linetype 17 dashtype (12, 6) title 'direct/blkd-ram (unsafe)', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'direct','qsd-ram') ? $8 : NaN):9:10 linetype 18 dashtype (12, 6) title 'direct/qsd-ram (unsafe)', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'runs','blkd-ram') ? $8 : NaN):9:10 linetype 19 title 'runs/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'runs','qsd-ram') ? $8 : NaN):9:10 linetype 20 title 'runs/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'nocache','blkd-ram') ? $8 : NaN):9:10 linetype 21 title 'nocache/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'nocache','qsd-ram') ? $8 : NaN):9:10 linetype 22 title 'nocache/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'iova-plain','blkd-ram') ? $8 : NaN):9:10 linetype 23 title 'iova-plain/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'iova-plain','qsd-ram') ? $8 : NaN):9:10 linetype 24 title 'iova-plain/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'kick-work','blkd-ram') ? $8 : NaN):9:10 linetype 25 title 'kick-work/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'kick-work','qsd-ram') ? $8 : NaN):9:10 linetype 26 title 'kick-work/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'kick-coalesce','blkd-ram') ? $8 : NaN):9:10 linetype 27 title 'kick-coalesce/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'kick-coalesce','qsd-ram') ? $8 : NaN):9:10 linetype 28 title 'kick-coalesce/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'inject-direct','blkd-ram') ? $8 : NaN):9:10 linetype 29 title 'inject-direct/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'inject-direct','qsd-ram') ? $8 : NaN):9:10 linetype 30 title 'inject-direct/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'inject-coalesce','blkd-ram') ? $8 : NaN):9:10 linetype 31 title 'inject-coalesce/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'inject-coalesce','qsd-ram') ? $8 : NaN):9:10 linetype 32 title 'inject-coalesce/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'irq-sticky','blkd-ram') ? $8 : NaN):9:10 linetype 33 title 'irq-sticky/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'irq-sticky','qsd-ram') ? $8 : NaN):9:10 linetype 34 title 'irq-sticky/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'irq-local','blkd-ram') ? $8 : NaN):9:10 linetype 35 title 'irq-local/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('read','1M',1,'irq-local','qsd-ram') ? $8 : NaN):9:10 linetype 36 title 'irq-local/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'read' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 36 pointtype 6 pointsize 0.5 notitle
  set title 'write, bs 1M, numjobs 1'
  set xrange [2.82843:5.65685]
  set xtics (4)
  unset mxtics
  plot \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'ours','blkd-ram') ? $8 : NaN):9:10 linetype 1 title 'ours/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'ours','qsd-ram') ? $8 : NaN):9:10 linetype 2 title 'ours/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'ours/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'aa','blkd-ram') ? $8 : NaN):9:10 linetype 3 title 'aa/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'aa/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'aa','qsd-ram') ? $8 : NaN):9:10 linetype 4 title 'aa/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'aa/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'prealloc','blkd-ram') ? $8 : NaN):9:10 linetype 5 title 'prealloc/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 5 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'prealloc','qsd-ram') ? $8 : NaN):9:10 linetype 6 title 'prealloc/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 6 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'prealloc-4m','blkd-ram') ? $8 : NaN):9:10 linetype 7 title 'prealloc-4m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 7 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'prealloc-4m','qsd-ram') ? $8 : NaN):9:10 linetype 8 title 'prealloc-4m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'prealloc-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 8 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'hugepage','blkd-ram') ? $8 : NaN):9:10 linetype 9 title 'hugepage/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 9 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'hugepage','qsd-ram') ? $8 : NaN):9:10 linetype 10 title 'hugepage/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 10 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'hugepage-4m','blkd-ram') ? $8 : NaN):9:10 linetype 11 title 'hugepage-4m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 11 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'hugepage-4m','qsd-ram') ? $8 : NaN):9:10 linetype 12 title 'hugepage-4m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'hugepage-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 12 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'lazy-1m','blkd-ram') ? $8 : NaN):9:10 linetype 13 title 'lazy-1m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 13 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'lazy-1m','qsd-ram') ? $8 : NaN):9:10 linetype 14 title 'lazy-1m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-1m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 14 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'lazy-4m','blkd-ram') ? $8 : NaN):9:10 linetype 15 title 'lazy-4m/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 15 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'lazy-4m','qsd-ram') ? $8 : NaN):9:10 linetype 16 title 'lazy-4m/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'lazy-4m/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 16 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'direct','blkd-ram') ? $8 : NaN):9:10 linetype 17 dashtype (12, 6) title 'direct/blkd-ram (unsafe)', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 17 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'direct','qsd-ram') ? $8 : NaN):9:10 linetype 18 dashtype (12, 6) title 'direct/qsd-ram (unsafe)', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 18 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'runs','blkd-ram') ? $8 : NaN):9:10 linetype 19 title 'runs/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 19 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'runs','qsd-ram') ? $8 : NaN):9:10 linetype 20 title 'runs/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'runs/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 20 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'nocache','blkd-ram') ? $8 : NaN):9:10 linetype 21 title 'nocache/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 21 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'nocache','qsd-ram') ? $8 : NaN):9:10 linetype 22 title 'nocache/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'nocache/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 22 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'iova-plain','blkd-ram') ? $8 : NaN):9:10 linetype 23 title 'iova-plain/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 23 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'iova-plain','qsd-ram') ? $8 : NaN):9:10 linetype 24 title 'iova-plain/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'iova-plain/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 24 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'kick-work','blkd-ram') ? $8 : NaN):9:10 linetype 25 title 'kick-work/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 25 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'kick-work','qsd-ram') ? $8 : NaN):9:10 linetype 26 title 'kick-work/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-work/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 26 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'kick-coalesce','blkd-ram') ? $8 : NaN):9:10 linetype 27 title 'kick-coalesce/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 27 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'kick-coalesce','qsd-ram') ? $8 : NaN):9:10 linetype 28 title 'kick-coalesce/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'kick-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 28 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'inject-direct','blkd-ram') ? $8 : NaN):9:10 linetype 29 title 'inject-direct/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 29 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'inject-direct','qsd-ram') ? $8 : NaN):9:10 linetype 30 title 'inject-direct/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-direct/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 30 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'inject-coalesce','blkd-ram') ? $8 : NaN):9:10 linetype 31 title 'inject-coalesce/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 31 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'inject-coalesce','qsd-ram') ? $8 : NaN):9:10 linetype 32 title 'inject-coalesce/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'inject-coalesce/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 32 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'irq-sticky','blkd-ram') ? $8 : NaN):9:10 linetype 33 title 'irq-sticky/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 33 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'irq-sticky','qsd-ram') ? $8 : NaN):9:10 linetype 34 title 'irq-sticky/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-sticky/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 34 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'irq-local','blkd-ram') ? $8 : NaN):9:10 linetype 35 title 'irq-local/blkd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/blkd-ram' ? $4*2**0.12 : NaN):8 with points linetype 35 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('write','1M',1,'irq-local','qsd-ram') ? $8 : NaN):9:10 linetype 36 title 'irq-local/qsd-ram', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'write' && strcol(2) eq '1M' && column(3) == 1 && strcol(5) eq 'irq-local/qsd-ram' ? $4*2**0.12 : NaN):8 with points linetype 36 pointtype 6 pointsize 0.5 notitle
  unset multiplot
  set output
}
